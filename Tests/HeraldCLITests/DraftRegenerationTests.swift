import Foundation
import SampleRepositories
import Testing
@testable import HeraldCLI

/// `herald draft` twice, with a person's edits in between: every edit survives regeneration.
@Suite struct DraftRegenerationTests {
    static func draft(_ repo: ScratchRepository, force: Bool = false) throws -> String {
        let output = try DraftAction(repo: repo.path, version: "v1.1.0", force: force, today: "2024-06-01").run()
        return try String(contentsOfFile: repo.path + "/" + output.text.trimmingCharacters(in: .newlines), encoding: .utf8)
    }

    @Test func editsSurviveNewPullRequestsAndReverts() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        let retry = try repo.squashPR(number: 2, title: "Fix retry loop", author: .bob)
        try repo.squashPR(number: 3, title: "Add volume metrics", author: .carol)
        let first = try Self.draft(repo)
        #expect(first.contains("- Add snapshot listing (#1, Alice Example) <!-- herald #1 -->"))
        #expect(first.contains("offered: #3 #2 #1"))

        // A maintainer rewords #1, moves it under Bug fixes, deletes #3 and writes an introduction.
        var edited = first
            .replacingOccurrences(of: "- Add snapshot listing (#1, Alice Example) <!-- herald #1 -->\n", with: "")
            .replacingOccurrences(of: "- Add volume metrics (#3, Carol Example) <!-- herald #3 -->\n", with: "")
            .replacingOccurrences(of: "### Bug fixes\n\n", with: "### Bug fixes\n\n- Snapshots can now be listed page by page. (#1) <!-- herald #1 -->\n")
        edited = edited.replacingOccurrences(of: "## v1.1.0\n", with: "## v1.1.0\n\nThis release is about listing snapshots.\n")
        let path = repo.path + "/releases/default/v1.1.0.md"
        try edited.write(toFile: path, atomically: true, encoding: .utf8)

        // Then #4 (a feature) and #5 (a fix) arrive, and #2 is reverted.
        try repo.squashPR(number: 4, title: "Add topology support", author: .alice)
        try repo.squashPR(number: 5, title: "Fix leak in the watcher", author: .bob)
        try repo.git("revert", "--no-edit", retry)
        let second = try Self.draft(repo)
        #expect(second.contains("This release is about listing snapshots."))
        #expect(second.contains("- Snapshots can now be listed page by page. (#1) <!-- herald #1 -->"))
        #expect(!second.contains("Add snapshot listing"), "the reworded entry is not added again")
        #expect(!second.contains("herald #3"), "a deleted entry stays deleted")
        #expect(!second.contains("herald #2"), "a reverted change leaves the draft")
        #expect(second.contains("- Add topology support (#4, Alice Example) <!-- herald #4 -->"))
        #expect(second.contains("- Fix leak in the watcher (#5, Bob Example) <!-- herald #5 -->"))
        let features = try #require(second.range(of: "### Features"))
        let topology = try #require(second.range(of: "Add topology support"))
        #expect(features.lowerBound < topology.lowerBound, "a new feature goes under Features")

        // --force starts over.
        let fresh = try Self.draft(repo, force: true)
        #expect(!fresh.contains("This release is about listing snapshots."))
        #expect(fresh.contains("herald #1"))
    }
}

/// Once a release is tagged, its notes file is what every output shows.
@Suite struct PublishedNotesTests {
    @Test func theTaggedReleasesFileWinsInNotesChangelogAndJSON() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        let output = try DraftAction(repo: repo.path, version: "v1.1.0", today: "2024-06-01").run()
        let path = repo.path + "/" + output.text.trimmingCharacters(in: .newlines)
        let draft = try String(contentsOfFile: path, encoding: .utf8)
        try draft.replacingOccurrences(of: "Add snapshot listing (#1, Alice Example)", with: "Snapshots can be listed. (#1)")
            .write(toFile: path, atomically: true, encoding: .utf8)
        try repo.tag("v1.1.0")
        let notes = try NotesAction(repo: repo.path, to: "v1.1.0").run().text
        #expect(notes.contains("- Snapshots can be listed. (#1)\n"))
        #expect(!notes.contains("herald #1"), "markers are for regeneration only")
        #expect(!notes.contains("Add snapshot listing"))
        let changelog = try ChangelogAction(repo: repo.path).run().text
        #expect(changelog.contains("- Snapshots can be listed. (#1)\n"))
        let json = try NotesAction(repo: repo.path, to: "v1.1.0", format: .json).run().text
        #expect(json.contains("\"notesFile\" : \"releases/default/v1.1.0.md\""))
    }
}

/// `herald draft --format json`: the exact GitHub release payload the draft would become.
@Suite struct DraftPayloadTests {
    @Test func payloadFollowsTheDraftAndTheVersion() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        let output = try DraftAction(repo: repo.path, version: "2.0.0-rc1", format: .json, today: "2024-06-01").run()
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        #expect(payload["tag_name"] as? String == "v2.0.0-rc1")
        #expect(payload["prerelease"] as? Bool == true)
        #expect(payload["draft"] as? Bool == true)
        let body = try #require(payload["body"] as? String)
        #expect(body.contains("- Add snapshot listing (#1, Alice Example)"))
        #expect(!body.contains("<!--"), "markers stay in the file")
        // A usage error (exit code 64), found before anything is read or written.
        #expect { try DraftAction(repo: repo.path, version: "banana").run() } throws: { String(describing: $0).contains("is not a version") }
        #expect(!FileManager.default.fileExists(atPath: repo.path + "/releases/default/vbanana.md"))
    }
}
