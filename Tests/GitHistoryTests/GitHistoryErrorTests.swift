import Foundation
import SampleRepositories
import Testing
@testable import GitHistory

/// Each throw site gives its own case, and its line says what is wrong without naming a herald flag.
@Suite struct GitHistoryErrorTests {
    @Test func anEmptyRepositoryHasNoCommitsRatherThanAnUnknownHEAD() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let error = try #require(throws: GitHistoryError.self) { try repository.resolve(["HEAD"], suggestions: ["v1.0.0"]) }
        #expect(error == .noCommits(path: scratch.path))
        #expect(error.description == "\(scratch.path): the repository has no commits yet; commit, then tag a release (git tag v0.1.0)")
    }

    @Test func aFolderWithoutARepositoryIsTypedWhereGitRuns() throws {
        let folder = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
            .appendingPathComponent("herald-no-repo-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = try #require(throws: GitHistoryError.self) { try GitProcess(launch: .inherited, directory: folder).output(["log", "-1"]) }
        #expect(error == .notARepository(path: folder))
    }

    @Test func noMessageOfTheLibraryNamesAHeraldFlag() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let missing = "/nonexistent/herald-" + UUID().uuidString
        let plain = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
            .appendingPathComponent("herald-plain-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: plain, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: plain) }
        try scratch.commit("One")
        try scratch.tag("v1.0.0")
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let thrown: [GitHistoryError] = [
            try #require(throws: GitHistoryError.self) { try GitRepository(path: missing, launch: .inherited) },
            try #require(throws: GitHistoryError.self) { try GitRepository(path: plain, launch: .inherited) },
            try #require(throws: GitHistoryError.self) { try repository.resolve(["-x"]) },
            try #require(throws: GitHistoryError.self) { try repository.resolve(["v1.0.1"], suggestions: ["v1.0.0"]) },
        ]
        #expect(thrown.map(\.description) == [
            "\(missing): no such folder",
            "\(plain): not a git repository",
            "ref '-x': not a valid revision name",
            "unknown ref 'v1.0.1': did you mean v1.0.0?",
        ])
        for error in thrown {
            #expect(!error.description.contains(" --"), "\(error)")
        }
    }
}
