import Foundation
import SampleRepositories
import Testing
@testable import GitHistory

/// A git that stops writing for good is ended and reported, not waited for.
@Suite struct GitProcessTests {
    @Test func aGitThatWritesNothingIsEndedAndReported() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let first = try scratch.commit("One")
        try scratch.commit("Two")
        // A loose commit that is a FIFO: git's open() waits for a writer that never comes.
        let object = "\(scratch.path)/.git/objects/\(first.prefix(2))/\(first.dropFirst(2))"
        try FileManager.default.removeItem(atPath: object)
        #expect(mkfifo(object, 0o644) == 0)
        let path = scratch.path
        let error = try #require(throws: GitHistoryError.self) {
            try PartialCloneTests.finishes(within: 30) {
                try GitProcess(launch: .inherited, directory: path, silenceLimit: 1).output(["log", "--format=%H", "HEAD"])
            }
        }
        #expect(error == .silent(command: "git log --format=%H HEAD", seconds: 1, reading: nil))
        #expect(error.description == "git log --format=%H HEAD: git wrote nothing for 1 seconds; check that the repository's storage answers")
    }

    @Test func aQuietButWorkingGitIsNotEnded() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        // Output arrives within the limit, however late.
        let output = try GitProcess(launch: .inherited, directory: scratch.path, silenceLimit: 5).output(["log", "--format=%s"])
        #expect(String(decoding: output, as: UTF8.self) == "One\n")
    }
}
