import Foundation
import SampleRepositories
import Testing
@testable import GitHistory

/// Opening repositories, reading commits by name, streaming logs and the current branch, against real git.
@Suite struct GitRepositoryTests {
    /// A fresh empty folder outside any repository.
    static func emptyFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
            .appendingPathComponent("herald-not-a-repo-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aMissingFolderIsReportedInOneLine() throws {
        let path = "/nonexistent/herald-" + UUID().uuidString
        let error = try #require(throws: GitHistoryError.self) { try GitRepository(path: path, launch: .inherited) }
        #expect(error == .noSuchFolder(path: path))
        #expect(error.description == "\(path): no such folder")
    }

    @Test func aFileIsNotAFolder() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/file.txt"
        _ = FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        let error = try #require(throws: GitHistoryError.self) { try GitRepository(path: file, launch: .inherited) }
        #expect(error == .noSuchFolder(path: file))
    }

    @Test func aFolderThatIsNotARepositoryIsReportedInOneLine() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = try #require(throws: GitHistoryError.self) { try GitRepository(path: folder, launch: .inherited) }
        #expect(error == .notARepository(path: folder), "\(error)")
        #expect(error.description == "\(folder): not a git repository")
    }

    @Test func aShallowCloneAsksForFullHistory() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        try scratch.commit("Two")
        let clone = try scratch.shallowClone()
        defer { clone.remove() }
        let error = try #require(throws: GitHistoryError.self) { try GitRepository(path: clone.path, launch: .inherited) }
        #expect(error == .shallowClone(path: clone.path))
        #expect(error.description == "\(clone.path): shallow clone; herald needs full history: run `git fetch --unshallow --tags` "
            + "(in GitHub Actions set `fetch-depth: 0` on actions/checkout)")
        #expect(throws: Never.self) { try GitRepository(path: scratch.path, launch: .inherited) }
    }

    @Test func commitsNamedLeavesUnknownNamesOut() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let first = try scratch.commit("One")
        let second = try scratch.commit("Two", author: .carol)
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let names = [first, "0123456789abcdef0123456789abcdef01234567", String(second.prefix(8)), "0123456", "zzzzzzz", "ab"]
        let found = try repository.commits(named: names)
        #expect(Set(found.map(\.sha)) == [first, second])
        #expect(found.count == 2)
        let carol = try #require(found.first { $0.sha == second })
        #expect(carol.subject == "Two")
        #expect(carol.authorName == "Carol Example")
        #expect(carol.parents == [first])
        #expect(carol.commitTime == ScratchRepository.startOfClock + ScratchRepository.tick)
        #expect(try repository.commits(named: []).isEmpty)
        #expect(try repository.commits(named: ["0123456789abcdef0123456789abcdef01234567"]).isEmpty)
    }

    @Test func logReadsANonUTF8MessageLossily() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        let raw = try scratch.commit(rawMessage: [0x63, 0x61, 0x66, 0xE9, 0x0A, 0x0A, 0x62, 0xE9, 0x62, 0xE9, 0x0A])
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        var commits: [Commit] = []
        try repository.log(include: ["HEAD"]) { commits.append($0) }
        #expect(commits.map(\.subject) == ["caf\u{FFFD}", "One"])
        #expect(commits.first?.sha == raw)
        #expect(commits.first?.body == "b\u{FFFD}b\u{FFFD}")
    }

    @Test func aMessageLargerThanOneReadArrivesWhole() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("Before")
        let line = String(repeating: "x", count: 99) + "\n"
        let body = String(repeating: line, count: 6_000).dropLast()
        try scratch.commit("Huge\n\n" + body)
        try scratch.commit("After")
        var commits: [Commit] = []
        try GitRepository(path: scratch.path, launch: .inherited).log(include: ["main"]) { commits.append($0) }
        #expect(commits.map(\.subject) == ["After", "Huge", "Before"])
        #expect(commits[1].body.utf8.count == 600_000 - 1)
        #expect(commits[1].body == String(body))
    }

    @Test func logOfAnUnknownRevisionThrowsOneLine() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        let error = try #require(throws: GitHistoryError.self) {
            try GitRepository(path: scratch.path, launch: .inherited).log(include: ["no-such-branch"]) { _ in }
        }
        guard case .gitFailed(let command, let reason) = error else {
            Issue.record("not a git failure: \(error)")
            return
        }
        #expect(command.hasPrefix("git -c log.showSignature=false"))
        #expect(!reason.isEmpty)
        #expect(!error.description.contains("\n"))
    }

    @Test func logRespectsExclusions() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        try scratch.tag("v1.0.0")
        try scratch.commit("Two")
        try scratch.commit("Three")
        var subjects: [String] = []
        try GitRepository(path: scratch.path, launch: .inherited).log(include: ["main"], exclude: ["v1.0.0"]) { subjects.append($0.subject) }
        #expect(subjects == ["Three", "Two"])
    }

    @Test func currentBranchFollowsCheckouts() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        #expect(try repository.currentBranch() == "main", "an unborn branch is still the current branch")
        let first = try scratch.commit("One")
        try scratch.branch("release-1.0")
        #expect(try repository.currentBranch() == "release-1.0")
        try scratch.checkout(first)
        #expect(try repository.currentBranch() == nil)
        try scratch.checkout("main")
        #expect(try repository.currentBranch() == "main")
    }
}
