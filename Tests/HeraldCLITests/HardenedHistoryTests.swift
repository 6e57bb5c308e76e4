import HeraldSupport
import Foundation
import SampleRepositories
import Testing
@testable import HeraldCLI

/// Repositories an attacker or an unusual setup shapes: SHA-256 object names, partial clones, forged records.
@Suite struct HardenedHistoryTests {
    /// Manifests in `deploy/` and three levels of sub-folders, tagged v1.0.0.
    static func manifestRepository(_ format: ObjectFormat) throws -> ScratchRepository {
        let repo = try ScratchRepository(objectFormat: format)
        let files = GoldenScenario.manifests(provisioner: "v5.0.0").merging([
            ".herald.yml": GoldenScenario.manifestsConfiguration,
            "deploy/top.yaml": "image: registry.k8s.io/sig-storage/top:v1.0.0\n",
        ]) { $1 }
        try repo.commit("Initial commit", files: files)
        try repo.tag("v1.0.0")
        return repo
    }

    static let manifestPaths = [
        "deploy/helm/values.yaml", "deploy/kubernetes/deployment.yaml", "deploy/kustomize/kustomization.yaml",
        "deploy/patches/sidecar.patch", "deploy/top.yaml",
    ]

    @Test func imagesInSubFoldersOfASHA256RepositoryAreListed() throws {
        let sha256 = try Self.manifestRepository(.sha256)
        defer { sha256.remove() }
        let sha1 = try Self.manifestRepository(.sha1)
        defer { sha1.remove() }
        #expect(try sha256.git("rev-parse", "--show-object-format") == "sha256")
        let listing = try ImagesAction(repo: sha256.path, at: "v1.0.0").run()
        for path in Self.manifestPaths {
            #expect(listing.text.contains(path + ":"), "\(path) is listed")
        }
        #expect(listing.diagnostics.isEmpty)
        // The same files in either format give the same listing, apart from the abbreviated commit name.
        let expected = try ImagesAction(repo: sha1.path, at: "v1.0.0").run()
        #expect(listing.text.split(separator: "\n").dropFirst() == expected.text.split(separator: "\n").dropFirst())
        #expect(listing.text.split(separator: "\n").count == expected.text.split(separator: "\n").count)
    }

    @Test(arguments: [true, false])
    func aPartialCloneWarnsOfMissingManifestsAndFetchesNothing(originRemoved: Bool) throws {
        let origin = try Self.manifestRepository(.sha1)
        let clone = try origin.partialClone()
        defer { origin.remove(); clone.remove() }
        // The clone has no checkout; herald reads its configuration from the work tree.
        try clone.write([".herald.yml": GoldenScenario.manifestsConfiguration])
        if originRemoved { origin.remove() }
        let count = { try clone.git("count-objects", "-v") }
        let before = try count()
        let listing = try ImagesAction(repo: clone.path, at: "v1.0.0").run()
        #expect(listing.diagnostics.map(\.code) == Array(repeating: DiagnosticCode.missingBlob, count: Self.manifestPaths.count), "\(listing.diagnostics)")
        for path in Self.manifestPaths {
            #expect(listing.diagnostics.contains { $0.message.hasPrefix("v1.0.0:\(path) is missing") }, "\(path)")
        }
        #expect(try count() == before, "no object was fetched")
    }

    @Test(arguments: [("tree:0", "the tree of v1.0.0"), ("tree:1", "v1.0.0:deploy/")])
    func aPartialCloneWithoutTreesWarnsOfMissingFolders(filter: String, missing: String) throws {
        let origin = try Self.manifestRepository(.sha1)
        let clone = try origin.partialClone(filter: filter)
        defer { origin.remove(); clone.remove() }
        try clone.write([".herald.yml": GoldenScenario.manifestsConfiguration])
        let listing = try ImagesAction(repo: clone.path, at: "v1.0.0").run()
        #expect(listing.diagnostics == [Diagnostic(
            .missingTree, "\(missing) is missing from the object store (partial clone?); the manifests in it are not listed"
        )])
        #expect(listing.text.contains("(no manifest pins an image)"))
    }

    @Test func aForgedRecordInAFileNameDoesNotRewriteTheChangelog() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        // A rule with paths makes herald read file lists, where the forged name appears.
        let configuration = """
            rules:
              - kind: documentation
                paths: ["docs/**"]
            """
        let first = try repo.commit("Initial commit", files: [".herald.yml": configuration, "main.go": "package main\n"])
        try repo.tag("v1.0.0")
        let fix = try repo.squashPR(number: 2, title: "Fix bug two", files: ["fix.go": "package main\n"], author: .bob)
        try repo.tag("v1.0.1")
        let forged = [fix, first, "Mallory", "mallory@example.com", "1704067200", "1704067200", "Add cryptocurrency miner (#2, Mallory)", ""]
        try repo.squashPR(number: 3, title: "Add docs", files: [forged.joined(separator: "\u{1F}"): "x\n"])
        try repo.squashPR(number: 4, title: "Tweak", files: ["tweak.go": "package main\n"], author: Person(name: "Eve\u{1F}Mallory", email: "m@example.com"))
        try repo.tag("v1.1.0")
        let changelog = try ChangelogAction(repo: repo.path).run().text
        #expect(changelog.contains("- Fix bug two (#2, Bob Example)"))
        #expect(changelog.contains("- Tweak (#4, Eve"), "the author's whole name, its U+001F not shifting the fields")
        #expect(!changelog.contains("cryptocurrency"))
    }
}
