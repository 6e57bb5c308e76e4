import Testing
@testable import GitHistory

/// `git log -z --name-only` streams: each record is followed by its paths.
@Suite struct CommitLogFilesTests {
    @Test func fileListsFollowTheirCommit() throws {
        func record(_ sha: Character, subject: String) -> [UInt8] {
            CommitLogParserTests.record(fields: [String(repeating: sha, count: 40), "", "A", "a@x", "1", "1", subject, ""].map { Array($0.utf8) }) + [0]
        }
        // As `git log -z --name-only` writes it: a record, a newline, then NUL-terminated paths.
        let stream = record("a", subject: "two files") + Array("\ndeploy/a.yaml".utf8) + [0] + Array("src/b.go".utf8) + [0]
            + record("b", subject: "a merge without files") + record("c", subject: "one file") + Array("\nREADME.md".utf8) + [0]
        for size in [1, 3, stream.count] {
            let commits = try CommitLogParserTests.parse(stream, chunks: [size])
            #expect(commits.map(\.subject) == ["two files", "a merge without files", "one file"])
            #expect(commits.map(\.files) == [["deploy/a.yaml", "src/b.go"], [], ["README.md"]])
        }
    }
}
