import Foundation
import SampleRepositories
import Testing
@testable import HeraldCLI

/// Sections of the changelog files a repository keeps are the releases' published notes, newest text first.
@Suite(.serialized) struct PublishedChangelogTests {
    static func build(_ repo: ScratchRepository) throws {
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.branch("release-1.0")
        try repo.checkout("main")
        let fix = try repo.squashPR(number: 1, title: "Fix the resizer", files: ["resize.go": "1\n"], author: .alice)
        try repo.squashPR(number: 2, title: "Add the changelog for 1.1", files: [
            "CHANGELOG/CHANGELOG-1.1.md": "# Release notes for 1.1.0\n\nThe maintainers' words about 1.1.0.\n\n# Changelog since 1.0.0\n\n- Fix the resizer\n",
        ], author: .bob)
        try repo.tag("v1.1.0")
        try repo.checkout("release-1.0")
        try repo.cherryPick(fix)
        try repo.tag("v1.0.1")
        // Written after the tag, on the release branch only, as the CSI maintainers do.
        try repo.commit("Add changelog for v1.0.1", files: [
            "CHANGELOG/CHANGELOG-1.0.md": "# Release notes for 1.0.1\n\nOur words about 1.0.1.\n\n\n# Release notes for 1.0.0\n\nOur words about 1.0.0.\n",
        ])
        try repo.checkout("main")
        // An older layout: the 1.1 line's file begins each release's section with its comparison alone.
        try repo.commit("Old-style changelog", files: ["CHANGELOG-1.1.md": "# Changes since v1.0.0\n\nOld-style words about 1.1.0.\n"])
        // The default branch's copy is newer and wins for 1.0.0.
        try repo.commit("Copy the 1.0 changelog", files: ["CHANGELOG/CHANGELOG-1.0.md": "# Release notes for 1.0.0\n\nNewer words about 1.0.0.\n"])
    }

    static func json(_ repo: ScratchRepository, _ tag: String) throws -> [String: Any] {
        let text = try NotesAction(repo: repo.path, to: tag, format: .json).run().text
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func sectionsBecomePublishedNotesWithTheirSource() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try Self.build(repo)
        let patch = try Self.json(repo, "v1.0.1")
        #expect(patch["publishedNotes"] as? String == "# Release notes for 1.0.1\n\nOur words about 1.0.1.")
        #expect(patch["notesFile"] as? String == "release-1.0:CHANGELOG/CHANGELOG-1.0.md")
        let minor = try Self.json(repo, "v1.1.0")
        #expect(minor["publishedNotes"] as? String != "# Changes since v1.0.0\n\nOld-style words about 1.1.0.", "the per-line file under CHANGELOG/ comes first")
        #expect((minor["publishedNotes"] as? String)?.hasSuffix("# Changelog since 1.0.0\n\n- Fix the resizer") == true)
        #expect(minor["notesFile"] as? String == "default branch:CHANGELOG/CHANGELOG-1.1.md")
        let first = try Self.json(repo, "v1.0.0")
        #expect(first["publishedNotes"] as? String == "# Release notes for 1.0.0\n\nNewer words about 1.0.0.")

        let changelog = try ChangelogAction(repo: repo.path).run().text
        #expect(changelog.contains("Our words about 1.0.1."))
        let output = repo.path + "/.git/site-out"
        _ = try SiteAction(repo: repo.path, output: output).run()
        let pages = FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? []
        let page = try #require(pages.first { $0.hasSuffix("v1.0.1.html") && !$0.contains("compare/") })
        #expect(try String(contentsOfFile: output + "/" + page, encoding: .utf8).contains("Our words about 1.0.1."))
    }

    @Test func theConfigurationTurnsItOff() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try Self.build(repo)
        try repo.commit("Configure", files: [".herald.yml": "notes:\n  changelogFiles: false\n"])
        let patch = try Self.json(repo, "v1.0.1")
        #expect(patch["publishedNotes"] is NSNull)
    }

    @Test func aReleaseOwnFileIsTheLastPlaceLookedAndStillFound() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try Self.build(repo)
        try repo.commit("Notes of 2.0.0", files: ["CHANGELOG/CHANGELOG-2.0.md": "# Release notes for 2.0.0\n\nWords at the tag.\n"])
        try repo.tag("v2.0.0")
        try repo.commit("Notes of 2.0.1", files: ["CHANGELOG/CHANGELOG-2.0.md": "# Release notes for 2.0.1\n\nWords at 2.0.1.\n"])
        try repo.tag("v2.0.1")
        // The default branch's file now holds 2.0.1 only: 2.0.0's section is left at its own commit.
        let old = try Self.json(repo, "v2.0.0")
        #expect(old["publishedNotes"] as? String == "# Release notes for 2.0.0\n\nWords at the tag.")
        #expect(old["notesFile"] as? String == "v2.0.0:CHANGELOG/CHANGELOG-2.0.md")
        let new = try Self.json(repo, "v2.0.1")
        #expect(new["notesFile"] as? String == "default branch:CHANGELOG/CHANGELOG-2.0.md")
        // The changelog of every release reads the same sections as one release at a time.
        let changelog = try ChangelogAction(repo: repo.path).run().text
        #expect(changelog.contains("Words at the tag."))
        #expect(changelog.contains("Words at 2.0.1."))
        #expect(changelog.contains("Our words about 1.0.1."))
        #expect(changelog.contains("Newer words about 1.0.0."))
    }
}
