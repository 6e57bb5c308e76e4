import Testing
@testable import Images

/// Reference errors are cases: the grammar rule broken, with the offending part; the line reads as before.
@Suite struct ImagesErrorTests {
    @Test(arguments: [
        ("", ImagesError.emptyReference, "image reference: reference is empty; write at least a path such as 'ubuntu'"),
        ("Ubuntu", .invalidReference("Ubuntu", problem: .uppercasePath(component: "Ubuntu")),
         "image reference 'Ubuntu': path component 'Ubuntu' has uppercase letters; image paths are lowercase"),
        ("ubuntu:", .invalidReference("ubuntu:", problem: .emptyTag),
         "image reference 'ubuntu:': tag is empty after ':'; remove the ':' or write a tag"),
        ("localhost:port/a", .invalidReference("localhost:port/a", problem: .invalidPort("port", registry: "localhost:port")),
         "image reference 'localhost:port/a': port 'port' of registry 'localhost:port' is not a number"),
        ("a@sha256:12", .invalidReference("a@sha256:12", problem: .wrongDigestLength(algorithm: "sha256", length: 2, required: 64)),
         "image reference 'a@sha256:12': sha256 digest has 2 hex digits; it needs exactly 64"),
    ] as [(String, ImagesError, String)])
    func eachRuleIsACase(text: String, expected: ImagesError, line: String) {
        #expect(throws: expected) { try ImageReference(parsing: text) }
        #expect(expected.description == line)
    }

    @Test func aNameWithATagIsItsOwnCase() {
        #expect(throws: ImagesError.nameHasTagOrDigest("ubuntu:22.04")) { try ImageReference(parsingName: "ubuntu:22.04") }
    }
}
