import SampleRepositories
import Testing
@testable import GitHistory

/// `changedPaths`, of a walk or of named commits, gives the same paths as a graph read with files, and a path cannot
/// pose as a commit.
@Suite struct ChangedPathsTests {
    @Test func pathsMatchAGraphReadWithFiles() throws {
        let scratch = try CommitGraphGitTests.buildHistory()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let tips = ["main", "release-1.0", "topic"]
        let full = try repository.graph(include: tips, exclude: ["v0.1.0"], withFiles: true)
        let paths = try repository.changedPaths(include: tips, exclude: ["v0.1.0"])
        #expect(paths.count == full.count)
        for commit in full.commits {
            #expect(paths[commit.sha] == commit.files, "\(commit.subject)")
        }
        #expect(try repository.changedPaths(include: []) == [:])
    }

    @Test(arguments: [GitRepository.changedPathsHalving, 2])
    func pathsOfNamedCommitsMatchAGraphReadWithFiles(halving: Int) throws {
        let scratch = try CommitGraphGitTests.buildHistory()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let full = try repository.graph(include: ["main", "release-1.0", "topic"], withFiles: true)
        let names = full.commits.map(\.sha)
        #expect(names.count >= 4, "two gits read a half each when halving is 2")
        // A name git lacks, and names that are no object names, are left out rather than failing the read.
        let missing = String(repeating: "0", count: 40)
        let paths = try repository.changedPaths(ofCommits: names + [missing, "--output=/tmp/x", "main"], halving: halving)
        #expect(paths.count == full.count)
        for commit in full.commits {
            #expect(paths[commit.sha] == commit.files, "\(commit.subject)")
        }
        let some = Array(names.prefix(2))
        #expect(try Set(repository.changedPaths(ofCommits: some, halving: halving).keys) == Set(some), "only the commits named")
        #expect(try repository.changedPaths(ofCommits: [], halving: halving) == [:])
    }

    @Test func streamsCutAnywhereAndForgedRecordsStayPaths() {
        let marker: [UInt8] = [0x1F] + Array("0123456789abcdef".utf8) + [0x1F]
        let a = String(repeating: "a", count: 40)
        let b = String(repeating: "b", count: 40)
        // A path shaped like a record under another nonce, a commit without paths, a record that names no object.
        let forged = "\u{1F}fedcba9876543210\u{1F}" + b
        let stream = marker + Array(a.utf8) + [0] + Array(("\n" + forged).utf8) + [0] + Array("src/x.go".utf8) + [0]
            + marker + Array(b.utf8) + [0] + marker + Array("not-a-name".utf8) + [0] + Array("\norphan".utf8) + [0]
        for size in 1...stream.count {
            var parser = ChangedPathsParser(nonce: "0123456789abcdef")
            var start = 0
            while start < stream.count {
                let end = min(start + size, stream.count)
                Array(stream[start..<end]).withUnsafeBytes { parser.feed($0) }
                start = end
            }
            parser.finish()
            #expect(parser.paths == [a: [forged, "src/x.go"], b: []])
        }
        #expect(ChangedPathsParser(nonce: "0123456789abcdef").formatArgument == "--format=%x1f0123456789abcdef%x1f%H")
    }
}
