import Foundation
import SampleRepositories
import Testing
@testable import HeraldCLI
@testable import ReleasePipeline

/// Linking release-branch picks by patch in a whole history: with path rules the graph's own paths pair the patches,
/// without them git reads the paths beside the changes; either way each release reads as its own notes do.
@Suite(.serialized) struct CrossBranchPathsTests {
    @Test(arguments: [false, true])
    func picksLinkedByPatchAlikeWithAndWithoutPathRules(pathRules: Bool) throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try GoldenScenario.crossBranch.script(repo)
        if pathRules {
            try repo.write([".herald.yml": "rules:\n  - kind: documentation\n    paths: [\"docs/**\"]\n"])
        }
        var history = try ProjectScope.load(repo: repo.path, config: nil, component: nil, single: false).histories()[0]
        #expect(history.readsPaths == pathRules)
        let models = try history.allNotes()
        let patch = try #require(models.first { $0.version?.tagName == "v1.0.1" })
        // The manual backport (#22) and the bundled picks (#23) are linked by their patches only.
        let linked = patch.changes.flatMap(\.originals).filter { $0.foundBy == .patchID }.map(\.pullRequest)
        #expect(Set(linked) == [10, 11, 12], "\(patch.changes.map(\.originals))")
        for tag in ["v1.0.1", "v1.1.1", "v1.2.1", "v1.3.0"] {
            let model = try #require(models.first { $0.version?.tagName == tag })
            let notes = try NotesAction(repo: repo.path, to: tag, format: .json).run().text
            #expect(try JSONOutput.string(model) == notes, "\(tag)")
        }
    }
}
