import Foundation
import Testing
@testable import Images

@Suite struct ImageReferenceTests {
    static let hex64 = String(repeating: "0123456789abcdef", count: 4)

    @Test(arguments: [
        ("registry.k8s.io/sig-storage/csi-provisioner:v3.1.0", "registry.k8s.io", "sig-storage/csi-provisioner", "v3.1.0", nil),
        ("localhost:5000/a/b:tag", "localhost:5000", "a/b", "tag", nil),
        ("docker.io/library/ubuntu@sha256:\(hex64)", "docker.io", "library/ubuntu", nil, "sha256:\(hex64)"),
        ("ubuntu", nil, "ubuntu", nil, nil),
        ("quay.io/k8scsi/mock:v1.0.0-rc1", "quay.io", "k8scsi/mock", "v1.0.0-rc1", nil),
        ("library/ubuntu:22.04", nil, "library/ubuntu", "22.04", nil),          // no '.' or ':': not a registry
        ("localhost/foo", "localhost", "foo", nil, nil),
        ("[::1]:5000/foo/bar:latest", "[::1]:5000", "foo/bar", "latest", nil),
        ("192.168.1.1:5000/x", "192.168.1.1:5000", "x", nil, nil),
        ("a__b/c---d/e.f_g:_tag", nil, "a__b/c---d/e.f_g", "_tag", nil),
        ("gcr.io/a/b:v1@sha256:\(hex64)", "gcr.io", "a/b", "v1", "sha256:\(hex64)"),
        ("my-registry.example.com:443/team/app:1.0", "my-registry.example.com:443", "team/app", "1.0", nil),
        ("ubuntu:" + String(repeating: "a", count: 128), nil, "ubuntu", String(repeating: "a", count: 128), nil),
    ] as [(String, String?, String, String?, String?)])
    func acceptsValidReferences(text: String, registry: String?, path: String, tag: String?, digest: String?) throws {
        let reference = try ImageReference(parsing: text)
        #expect(reference.registry == registry)
        #expect(reference.path == path)
        #expect(reference.tag == tag)
        #expect(reference.digest == digest)
        #expect(reference.description == text)
    }

    @Test(arguments: [
        ("Ubuntu", "path component 'Ubuntu' has uppercase letters"),
        ("registry.k8s.io/Sig-Storage/x:v1", "path component 'Sig-Storage' has uppercase letters"),
        ("a:b:c", "tag 'b:c' has ':', which tags cannot contain"),
        ("ubuntu:v1.0+build", "tag 'v1.0+build' has '+', which tags cannot contain"),
        ("ubuntu:v1~rc", "tag 'v1~rc' has '~'"),
        ("ubuntu:" + String(repeating: "a", count: 129), "tag is 129 characters long; tags are at most 128"),
        ("ubuntu:-x", "tag '-x' starts with '-'"),
        ("ubuntu:", "tag is empty"),
        ("ubuntu@sha256:" + String(hex64.dropLast()), "sha256 digest has 63 hex digits; it needs exactly 64"),
        ("ubuntu@sha256:" + hex64.uppercased(), "not a lowercase hex digit"),
        ("ubuntu@", "digest is empty"),
        ("ubuntu@abc", "digest 'abc' has no algorithm"),
        ("ubuntu@1sha:\(hex64)", "digest algorithm '1sha' is invalid"),
        ("", "reference is empty"),
        ("a//b", "has an empty component"),
        ("-a/b", "path component '-a' must start and end"),
        ("a..b", "joins its parts with '..'"),
        ("a b", "has ' ', which image paths cannot contain"),
        ("registry_x.io/a", "registry 'registry_x.io' has '_'"),
        ("localhost:port/a", "port 'port' of registry 'localhost:port' is not a number"),
        ("example.com/", "path is empty"),
        ("example.com/" + String(repeating: "a", count: 244), "name is 256 characters long; names are at most 255"),
    ])
    func rejectsInvalidReferences(text: String, reason: String) {
        #expect {
            try ImageReference(parsing: text)
        } throws: { error in
            guard let error = error as? ImagesError else { return false }
            return error.description.contains(reason) && !error.description.contains("\n")
        }
    }

    @Test func errorNamesTheReferenceOnOneLowercaseLine() throws {
        let error = try #require(throws: ImagesError.self) { try ImageReference(parsing: "ubuntu:v1.0+build") }
        #expect(error.description == "image reference 'ubuntu:v1.0+build': tag 'v1.0+build' has '+', which tags cannot contain")
        let multiline = try #require(throws: ImagesError.self) { try ImageReference(parsing: "a\nb") }
        #expect(!multiline.description.contains("\n"))
    }

    @Test func namesAndLabels() throws {
        let tagged = try ImageReference(parsing: "registry.k8s.io/sig-storage/csi-provisioner:v3.1.0")
        #expect(tagged.name == "registry.k8s.io/sig-storage/csi-provisioner")
        #expect(tagged.shortName == "csi-provisioner")
        #expect(tagged.versionLabel == "v3.1.0")
        let pinned = try ImageReference(parsing: "ubuntu@sha256:\(Self.hex64)")
        #expect(pinned.name == "ubuntu")
        #expect(pinned.shortDigest == "sha256:0123456789ab")
        #expect(pinned.versionLabel == "sha256:0123456789ab")
        #expect(try ImageReference(parsing: "ubuntu").versionLabel == "untagged")
    }

    @Test func codableAsItsText() throws {
        let reference = try ImageReference(parsing: "localhost:5000/a/b:tag")
        let data = try JSONEncoder().encode([reference])
        #expect(String(decoding: data, as: UTF8.self) == #"["localhost:5000\/a\/b:tag"]"#)
        #expect(try JSONDecoder().decode([ImageReference].self, from: data) == [reference])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ImageReference].self, from: Data(#"["a:b:c"]"#.utf8)) }
    }

    @Test func namesWithoutTagOrDigest() throws {
        #expect(try ImageReference(parsingName: "registry.k8s.io/sig-storage/csi-provisioner").tag == nil)
        let error = try #require(throws: ImagesError.self) { try ImageReference(parsingName: "ubuntu:22.04") }
        #expect(error.description.hasPrefix("image name 'ubuntu:22.04': name has a tag or digest"))
    }
}
