import Foundation
import GitHistory
import HeraldSupport
import Images
import SampleRepositories
import Testing
@testable import ReleasePipeline

/// A blob under several paths is scanned once per way of reading it, yet each path gets what scanning it would give.
@Suite struct PinnedImageReaderTests {
    static let manifest = "spec:\n  containers:\n    - image: registry.example/app:v1.0.0\n    - image: Bad/Name:x\n"
    /// A hunk: a diff when its name says so, bad YAML otherwise.
    static let hunk = "@@ -1 +1 @@\n-image: registry.example/app:v1.0.0\n+image: registry.example/app:v1.1.0\n"

    @Test func aBlobUnderManyPathsReadsAsEachPathAlone() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let escaping = "deploy/odd\u{1B}[2J/app.yaml"
        let files = [
            "deploy/a/app.yaml": Self.manifest, "deploy/b/app.yaml": Self.manifest, escaping: Self.manifest,
            "deploy/hunk.yaml": Self.hunk, "deploy/hunk.patch": Self.hunk,
        ]
        let first = try scratch.commit("Manifests", files: files)
        let second = try scratch.commit("A copy", files: ["deploy/c/app.yaml": Self.manifest])
        let reader = try GitObjectReader(repository: GitRepository(path: scratch.path, launch: GitLaunch(inheriting: ProcessInfo.processInfo.environment)))
        defer { reader.close() }
        let images = PinnedImageReader(
            files: ManifestFiles(reader: reader, knownRoots: [:]), wanted: { $0.hasPrefix("deploy/") }, descend: { _ in true }
        )
        let read = try images.images(at: [first])
        // Another call, another path of a blob already scanned: still named by its own path.
        let later = try images.images(at: [second])

        for (ref, result, paths) in [(first, read, files.keys.sorted()), (second, later, (files.keys + ["deploy/c/app.yaml"]).sorted())] {
            var expected: [PinnedImage] = []
            var warnings: [String] = []
            for path in paths {
                let contents = path == "deploy/c/app.yaml" ? Self.manifest : files[path] ?? ""
                let alone = ManifestScanner().scan(file: path, contents: contents)
                expected += alone.images
                warnings += alone.findings.map { "\(ref): \($0.description)" }
            }
            #expect(Set(result.images[ref] ?? []) == Set(expected), "\(ref)")
            #expect(Set(result.warnings.map(\.message)) == Set(warnings), "\(ref)")
        }
        let found = read.images[first] ?? []
        #expect(found.contains { $0.file == "deploy/hunk.patch" && $0.reference.description.hasSuffix("v1.1.0") }, "the patch reads as a diff")
        #expect(!found.contains { $0.file == "deploy/hunk.yaml" }, "the same blob as YAML pins nothing")
        #expect(found.contains { $0.file == "deploy/odd\\u001B[2J/app.yaml" }, "a path is escaped as the scanner escapes it")
        #expect(!read.warnings.contains { $0.message.unicodeScalars.contains { $0.value == 0x1B } })
    }
}
