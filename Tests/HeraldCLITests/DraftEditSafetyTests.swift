import HeraldSupport
import Foundation
import SampleRepositories
import Testing
@testable import HeraldCLI
import ReleaseNotes

/// A person's draft survives whatever their editor does to it, and a draft never empties published notes.
@Suite struct DraftEditSafetyTests {
    /// A repository with v1.0.0 and three PRs, drafted once as v1.1.0; returns the draft's path.
    static func drafted() throws -> (ScratchRepository, path: String) {
        let repo = try ScratchRepository()
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        try repo.squashPR(number: 2, title: "Fix retry loop", author: .bob)
        try repo.squashPR(number: 3, title: "Add volume metrics", author: .carol)
        _ = try DraftAction(repo: repo.path, version: "v1.1.0", today: "2024-06-01").run()
        return (repo, repo.path + "/releases/default/v1.1.0.md")
    }

    static func redraft(_ repo: ScratchRepository) throws -> CommandOutput {
        try DraftAction(repo: repo.path, version: "v1.1.0", today: "2024-06-02").run()
    }

    /// The draft with #3 deleted and #1 reworded.
    static func edit(_ text: String) -> String {
        text.replacingOccurrences(of: "- Add volume metrics (#3, Carol Example) <!-- herald #3 -->\n", with: "")
            .replacingOccurrences(of: "Add snapshot listing (#1, Alice Example)", with: "Snapshots can be listed. (#1)")
    }

    @Test(arguments: [(true, false), (false, true), (true, true)])
    func crlfAndAByteOrderMarkKeepEveryEdit(crlf: Bool, mark: Bool) throws {
        let (repo, path) = try Self.drafted()
        defer { repo.remove() }
        var text = Self.edit(try String(contentsOfFile: path, encoding: .utf8))
        if crlf { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        try Data(((mark ? "\u{FEFF}" : "") + text).utf8).write(to: URL(fileURLWithPath: path))
        try repo.squashPR(number: 4, title: "Add topology support", author: .alice)
        _ = try Self.redraft(repo)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let again = try #require(String(data: data, encoding: .utf8))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]) == mark, "the mark is given back as it was")
        let lines = again.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\n")
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("\r") } == crlf, "the line endings are the person's")
        let plain = again.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(!plain.contains("herald #3"), "a deleted entry stays deleted")
        #expect(plain.components(separatedBy: "herald #1 ").count == 2, "no entry is duplicated")
        #expect(plain.contains("Snapshots can be listed. (#1)"))
        #expect(plain.contains("herald #4"))
        #expect(plain.components(separatedBy: "---\n").count == 3, "one front matter, not an old one left in the body")
        #expect(plain.contains("generated: 2024-06-02"))
    }

    @Test func aDraftThatIsNotUTF8IsLeftUntouched() throws {
        let (repo, path) = try Self.drafted()
        defer { repo.remove() }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes.append(contentsOf: Array("\nCaf".utf8) + [0xE9] + Array(" notes\n".utf8))
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect { try Self.redraft(repo) } throws: { String(describing: $0).contains("is not valid utf-8") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func extraFrontMatterKeysAreKept() throws {
        let (repo, path) = try Self.drafted()
        defer { repo.remove() }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "---\ncomponent:", with: "---\nreviewer: carol\ncomponent:").write(toFile: path, atomically: true, encoding: .utf8)
        _ = try Self.redraft(repo)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\nreviewer: carol\n"))
    }

    @Test func removingTheFrontMatterNeverResurrectsDeletedEntries() throws {
        let (repo, path) = try Self.drafted()
        defer { repo.remove() }
        let text = Self.edit(try String(contentsOfFile: path, encoding: .utf8))
        let body = String(text[try #require(text.range(of: "---\n\n", options: .backwards)).upperBound...])
        try body.write(toFile: path, atomically: true, encoding: .utf8)
        try repo.squashPR(number: 4, title: "Add topology support", author: .alice)
        let output = try Self.redraft(repo)
        let again = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!again.contains("herald #3"))
        #expect(again.contains("Snapshots can be listed. (#1)"))
        #expect(output.diagnostics.contains { $0.code == .draftFrontMatter })
        #expect(again.hasPrefix("---\n"), "the front matter is written again")
    }

    @Test func aTaggedVersionIsNotDraftedAgain() throws {
        let (repo, path) = try Self.drafted()
        defer { repo.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try repo.tag("v1.1.0")
        #expect { try Self.redraft(repo) } throws: { String(describing: $0).contains("v1.1.0 is already tagged") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aReleaseTemplateWithoutMarkersIsAnErrorNamingTheKey() throws {
        let (repo, path) = try Self.drafted()
        defer { repo.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let folder = repo.path + "/.git/templates-without-marker"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "## {{heading}}\n{{#sections}}\n{{#entries}}\n- {{line}}\n{{/entries}}\n{{/sections}}\n"
            .write(toFile: folder + "/release.mustache", atomically: true, encoding: .utf8)
        #expect {
            try DraftAction(repo: repo.path, version: "v1.1.0", templates: folder, today: "2024-06-02").run()
        } throws: { String(describing: $0).contains("{{marker}}") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aSuggestionPastTheLargestVersionDoesNotBlameAnOptionNeverGiven() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v999999999999999.0.0")
        try repo.squashPR(number: 1, title: "feat!: drop the old API", author: .alice)
        #expect { try DraftAction(repo: repo.path, today: "2024-06-02").run() } throws: { error in
            let text = String(describing: error)
            return text.contains("suggested version") && !text.contains("--version '")
        }
    }

    @Test func staleScratchFilesOfAKilledRunAreRemoved() throws {
        let (repo, path) = try Self.drafted()
        defer { repo.remove() }
        let folder = (path as NSString).deletingLastPathComponent
        let stale = folder + "/.v1.1.0.md.herald-tmp-99999999-abc"
        try "half a draft".write(toFile: stale, atomically: false, encoding: .utf8)
        let changelogStale = repo.path + "/.CHANGELOG.md.herald-tmp-99999999-def"
        try "half a changelog".write(toFile: changelogStale, atomically: false, encoding: .utf8)
        _ = try Self.redraft(repo)
        #expect(!FileManager.default.fileExists(atPath: stale))
        try repo.tag("v1.1.0")
        _ = try ChangelogAction(repo: repo.path, output: repo.path + "/CHANGELOG.md").run()
        #expect(!FileManager.default.fileExists(atPath: changelogStale))
        let left = try FileManager.default.contentsOfDirectory(atPath: repo.path).filter { $0.contains("herald-tmp") }
        #expect(left.isEmpty)
    }

    @Test func anEmptyRangeNeverDropsEntries() {
        let edited = "## v1.1.0\n\n### Features\n\n- Snapshots can be listed. (#1) <!-- herald #1 -->\n"
        let merged = DraftMerge(edited: edited, offered: ["#1"]).merged(with: "## v1.1.0\n\nNo changes.\n", current: [])
        #expect(merged.contains("Snapshots can be listed. (#1) <!-- herald #1 -->"))
    }
}
