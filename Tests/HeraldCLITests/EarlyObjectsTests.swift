import Foundation
import SampleRepositories
import Testing
@testable import HeraldCLI
@testable import ReleasePipeline
import ReleaseNotes

/// The changelog reads every release's objects beside the log, before any base is chosen; its documents and warnings
/// must be what reading them for the chosen plans, after the changes, gives.
@Suite(.serialized) struct EarlyObjectsTests {
    @Test func theChangelogReadsObjectsAsTheNotesOfEachPlanWould() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial", files: ["go.mod": "module example.com/a\n\ngo 1.21\n", "deploy/a.yaml": "image: registry.k8s.io/a:v1.0.0\n"])
        try repo.tag("v1.0.0")
        try repo.commit("Add broken manifest", files: ["deploy/b.yaml": "image: [unclosed\n"])
        try repo.tag("v1.1.0")
        try repo.commit("Pin an invalid image", files: [
            "deploy/a.yaml": "image: Registry.K8s.io/A:v1.2.0\n",
            "go.mod": "module example.com/a\n\ngo 1.21\n\nrequire example.com/b v1.0.0\n",
        ])
        try repo.tag("v1.2.0")
        // A patch on a release branch: its base is an earlier release, not the one before it in time.
        try repo.branch("release-1.1", from: "v1.1.0")
        try repo.commit("Fix the manifest", files: ["deploy/b.yaml": "image: registry.k8s.io/b:v1.1.1\n"])
        try repo.tag("v1.1.1")

        var early = try ProjectScope.load(repo: repo.path, config: nil, component: nil, single: false).histories()[0]
        let documents = try early.allNotes()
        #expect(documents.count == 4)
        #expect(!early.warnings.isEmpty, "the broken manifest and the invalid image warn")

        // The same plans, their objects read after the changes, one release at a time.
        var late = try ProjectScope.load(repo: repo.path, config: nil, component: nil, single: false).histories()[0]
        var notes: [NotesDocument] = []
        for document in documents.reversed() {
            let tag = try #require(document.version?.tagName)
            notes.append(try late.notes(from: nil, to: tag))
        }
        for (document, note) in zip(documents.reversed(), notes) {
            #expect(document.images == note.images)
            #expect(try JSONOutput.string(document) == (try JSONOutput.string(note)))
        }
        // Warnings come once per manifest, oldest release first, as the plans name them.
        let texts = early.warnings.map(\.message)
        let broken = try #require(texts.firstIndex { $0.hasPrefix("v1.1.0: deploy/b.yaml") }, "\(texts)")
        let invalid = try #require(texts.firstIndex { $0.hasPrefix("v1.2.0: deploy/a.yaml") }, "\(texts)")
        #expect(broken < invalid)
    }
}
