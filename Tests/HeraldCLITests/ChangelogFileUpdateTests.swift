import Foundation
import SampleRepositories
import Testing
@testable import HeraldCLI

/// `--prepend` and `--split minor` add what a file lacks and keep every byte a person wrote; reruns change nothing.
@Suite(.serialized) struct ChangelogFileUpdateTests {
    /// v1.0.0 and v1.1.0 on main, v1.0.1 on release-1.0.
    static func twoLines(_ repo: ScratchRepository) throws {
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.branch("release-1.0")
        try repo.checkout("main")
        let fix = try repo.squashPR(number: 1, title: "Fix the resizer", files: ["resize.go": "1\n"], author: .alice)
        try repo.squashPR(number: 2, title: "Add snapshot groups", files: ["groups.go": "1\n"], author: .bob)
        try repo.tag("v1.1.0")
        try repo.checkout("release-1.0")
        try repo.cherryPick(fix)
        try repo.tag("v1.0.1")
        try repo.checkout("main")
    }

    /// Compares `text` with `Scenarios/changelog-files/NAME`, or records it with `RECORD_GOLDEN=1`.
    static func expectGolden(_ text: String, _ name: String) throws {
        let file = GoldenScenarioTests.folder.appendingPathComponent("changelog-files").appendingPathComponent(name)
        if GoldenScenarioTests.recording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return
        }
        #expect(text == (try String(contentsOf: file, encoding: .utf8)), "changelog-files/\(name)")
    }

    static func modified(_ path: String) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
    }

    @Test func prependAddsNewReleasesAboveAndKeepsEdits() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try Self.twoLines(repo)
        let file = repo.path + "/.git/CHANGELOG.md"
        _ = try ChangelogAction(repo: repo.path, output: file, prepend: true).run()
        let first = try String(contentsOfFile: file, encoding: .utf8)
        #expect(first.hasPrefix("# Changelog\n\n## v1.1.0 ("))
        // A person rewrites an entry and adds a line of their own.
        let edited = first.replacingOccurrences(of: "- Add snapshot groups", with: "- Snapshot groups, at last").replacingOccurrences(of: "# Changelog\n", with: "# Changelog\n\nHand-written intro.\n")
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        try repo.squashPR(number: 3, title: "Add volume health", files: ["health.go": "1\n"], author: .carol)
        try repo.tag("v1.2.0")
        _ = try ChangelogAction(repo: repo.path, output: file, prepend: true).run()
        let second = try String(contentsOfFile: file, encoding: .utf8)
        let intro = "# Changelog\n\nHand-written intro.\n\n"
        #expect(second.hasPrefix(intro + "## v1.2.0 ("), "the new release goes above the first one already there")
        #expect(second.hasSuffix(String(edited.dropFirst(intro.count))), "every byte that was there is still there")
        #expect(second.components(separatedBy: "## v1.1.0 (").count == 2, "no release twice")
        try Self.expectGolden(second, "prepend-after-edit.md")
        // Nothing new: the file is not written at all.
        let before = try Self.modified(file)
        Thread.sleep(forTimeInterval: 0.05)
        let again = try ChangelogAction(repo: repo.path, output: file, prepend: true).run()
        #expect(try String(contentsOfFile: file, encoding: .utf8) == second)
        #expect(try Self.modified(file) == before)
        #expect(again.text.contains("every release is already there"))
        // --force starts over.
        _ = try ChangelogAction(repo: repo.path, output: file, force: true, prepend: true).run()
        #expect(!(try String(contentsOfFile: file, encoding: .utf8)).contains("Hand-written intro."))
    }

    @Test func anOlderReleaseMissingFromAPublishedFileGoesInItsPlace() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try Self.twoLines(repo)
        let file = repo.path + "/.git/CHANGELOG-1.0.md"
        // The maintainers' own file, in another layout, without v1.0.0.
        let published = "# Release notes for 1.0.1\n\nOur own words about 1.0.1.\n"
        try published.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try ChangelogAction(repo: repo.path, output: file, prepend: true, style: .kubernetes).run()
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix(published + "\n# Release notes for 1.1.0") == false, "1.1.0 is newer: it goes above")
        #expect(text.hasPrefix("# Release notes for 1.1.0"))
        #expect(text.contains(published + "\n# Release notes for 1.0.0"), "1.0.0 is older: it goes after, the old bytes untouched")
        try Self.expectGolden(text, "prepend-into-published.md")
    }

    @Test func splitWritesOneFilePerMinorLineAndKeepsEdits() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try Self.twoLines(repo)
        let folder = repo.path + "/.git/CHANGELOG"
        let report = try ChangelogAction(repo: repo.path, output: folder, splitByMinor: true, style: .kubernetes).run().text
        #expect(report.contains("CHANGELOG-1.0.md") && report.contains("CHANGELOG-1.1.md"))
        let line10 = folder + "/CHANGELOG-1.0.md"
        let line11 = folder + "/CHANGELOG-1.1.md"
        let text10 = try String(contentsOfFile: line10, encoding: .utf8)
        #expect(text10.hasPrefix("# Release notes for 1.0.1"))
        #expect(text10.contains("# Release notes for 1.0.0"))
        #expect(!text10.contains("1.1.0"))
        let edited = text10.replacingOccurrences(of: "Fix the resizer", with: "Fixed the resizer (edited)")
        try edited.write(toFile: line10, atomically: true, encoding: .utf8)
        let untouched = try Self.modified(line11)
        try repo.checkout("release-1.0")
        try repo.squashPR(number: 4, title: "Fix the lease", files: ["lease.go": "1\n"], author: .bob)
        try repo.tag("v1.0.2")
        try repo.checkout("main")
        Thread.sleep(forTimeInterval: 0.05)
        let second = try ChangelogAction(repo: repo.path, output: folder, splitByMinor: true, style: .kubernetes).run().text
        #expect(second == "wrote \(line10)\n")
        let regenerated = try String(contentsOfFile: line10, encoding: .utf8)
        #expect(regenerated.hasPrefix("# Release notes for 1.0.2"))
        #expect(regenerated.hasSuffix(edited), "the hand edit survives")
        #expect(try Self.modified(line11) == untouched)
        try Self.expectGolden(regenerated, "split-CHANGELOG-1.0.md")
        try Self.expectGolden(try String(contentsOfFile: line11, encoding: .utf8), "split-CHANGELOG-1.1.md")
    }

    @Test func aFileThatIsNotUTF8IsRefused() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try Self.twoLines(repo)
        let file = repo.path + "/.git/CHANGELOG.md"
        try Data([0x23, 0x20, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: file))
        #expect(throws: HeraldCLIError.changelogNotUTF8(path: file)) {
            try ChangelogAction(repo: repo.path, output: file, prepend: true).run()
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data([0x23, 0x20, 0xFF, 0x0A]))
    }
}
