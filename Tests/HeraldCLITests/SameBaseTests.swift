import Foundation
import SampleRepositories
import Testing
@testable import HeraldCLI

/// A release starts at the same base in `herald notes`, `herald releases`, the changelog and the site, whichever
/// way its project keeps patches: on the default branch or on release branches.
@Suite(.serialized) struct SameBaseTests {
    @Test(arguments: [
        (GoldenScenario.tagsOnMain, ["v1.1.0": "v1.0.1", "v1.2.0": "v1.1.1", "v2.0.0": "v1.2.1"]),
        (GoldenScenario.releaseBranch, ["v1.1.0": "v1.0.0", "v1.2.0": "v1.1.0"]),
        // Picks linked by title and patch on three lines: each release's notes say where its changes shipped as the changelog does.
        (GoldenScenario.crossBranch, ["v1.2.0": "v1.1.0", "v1.3.0": "v1.2.0", "v1.0.1": "v1.0.0"]),
        // Chains of patches on two lines inside one minor's window.
        (GoldenScenario.patchChains, ["v1.1.0": "v1.0.0", "v1.0.2": "v1.0.1", "v0.9.2": "v0.9.1"]),
    ] as [(GoldenScenario, [String: String])])
    func everyCommandChoosesTheSameBase(scenario: GoldenScenario, expected: [String: String]) throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try scenario.script(repo)
        let listing = try ReleasesAction(repo: repo.path, format: .json).run().text
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(listing.utf8)) as? [String: Any])
        let releases = try #require(listed["releases"] as? [[String: Any]])
        let changelog = try ChangelogAction(repo: repo.path).run().text
        let output = repo.path + "/.git/site-out"
        _ = try SiteAction(repo: repo.path, output: output).run()
        let pages = FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? []
        // The changelog's and the site's models: whole documents, so what each release shipped agrees too.
        var history = try ProjectScope.load(repo: repo.path, config: nil, component: nil, single: false).histories()[0]
        let models = try history.allNotes()
        for release in releases {
            let tag = try #require(release["tag"] as? String)
            let base = try #require(release["base"] as? [String: Any])
            let reason = try #require(base["reason"] as? String)
            if let expectedBase = expected[tag] { #expect(base["tag"] as? String == expectedBase, "\(tag)") }

            let notes = try NotesAction(repo: repo.path, to: tag, format: .json).run().text
            let document = try #require(try JSONSerialization.jsonObject(with: Data(notes.utf8)) as? [String: Any])
            let range = try #require(document["range"] as? [String: Any])
            #expect(range["reason"] as? String == reason, "notes of \(tag)")
            #expect(range["from"] as? String == base["tag"] as? String, "notes of \(tag)")
            let model = try #require(models.first { $0.version?.tagName == tag })
            #expect(try JSONOutput.string(model) == notes, "the changelog's model of \(tag)")

            let section = changelog.components(separatedBy: "## \(tag) (").dropFirst().first ?? ""
            #expect(section.contains("\n_\(reason)_\n"), "changelog entry of \(tag)")

            let pagePath = try #require(pages.first { $0.hasSuffix("/\(tag).html") || $0 == "\(tag).html" }, "\(pages)")
            let page = try String(contentsOfFile: output + "/" + pagePath, encoding: .utf8)
            // The page names the base tag beside the reason, so it shows the reason without "base TAG: ".
            let shown = (base["tag"] as? String).map { String(reason.dropFirst("base \($0): ".count)) } ?? reason
            #expect(page.contains("(\(shown))</dd>"), "site page of \(tag)")
        }
    }
}
