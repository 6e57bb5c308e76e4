import Foundation
import SampleRepositories
import Testing
@testable import GitHistory

/// One reader answers every request, whatever happens to the git process behind it.
@Suite struct GitObjectReaderTests {
    @Test func aReaderWhoseGitWasEndedFromOutsideStartsAnother() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One", files: ["deploy/a.yaml": "a\n"])
        let reader = try GitObjectReader(repository: GitRepository(path: scratch.path, launch: .inherited))
        defer { reader.close() }
        #expect(try reader.read(batch: ["HEAD:deploy/a.yaml"]).map { $0?.type } == ["blob"])
        let pid = try #require(reader.processIdentifier)
        kill(pid, SIGKILL)
        // Nothing here is missing: every object is answered by the next process.
        #expect(try reader.read(batch: ["HEAD:deploy/a.yaml", "HEAD:deploy"]).map { $0?.type } == ["blob", "tree"])
        #expect(reader.processIdentifier != pid)
    }

    /// A repository whose one blob is a loose object that is a FIFO: git's open() waits for a writer that never comes.
    static func stalling() throws -> (scratch: ScratchRepository, blob: String) {
        let scratch = try ScratchRepository()
        try scratch.commit("One", files: ["deploy/a.yaml": "a\n"])
        let blob = try scratch.git("rev-parse", "HEAD:deploy/a.yaml")
        let object = "\(scratch.path)/.git/objects/\(blob.prefix(2))/\(blob.dropFirst(2))"
        try FileManager.default.removeItem(atPath: object)
        #expect(mkfifo(object, 0o644) == 0)
        return (scratch, blob)
    }

    @Test func aGitThatNeverAnswersIsEndedAndReported() throws {
        let (scratch, blob) = try Self.stalling()
        defer { scratch.remove() }
        let reader = try GitObjectReader(repository: GitRepository(path: scratch.path, launch: .inherited), silenceLimit: 1)
        defer { reader.close() }
        let error = try #require(throws: GitHistoryError.self) {
            try PartialCloneTests.finishes(within: 30) { try reader.read(batch: ["HEAD:deploy", blob]) }
        }
        #expect(error == .silent(command: "git cat-file --batch", seconds: 1, reading: blob), "\(error)")
        #expect(error.description
            == "git cat-file --batch: git wrote nothing for 1 seconds reading \(blob); check that the repository's storage answers")
    }

    @Test func aLargeBatchIsAnsweredAsTheLongLivedProcessAnswersIt() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One", files: ["deploy/a.yaml": "a\n", "go.mod": "module m\n"])
        try scratch.commit("Two", files: ["deploy/a.yaml": "b\n"])
        let reader = try GitObjectReader(repository: GitRepository(path: scratch.path, launch: .inherited))
        defer { reader.close() }
        let pattern = ["HEAD:deploy/a.yaml", "HEAD~1:deploy/a.yaml", "HEAD:nothing", "HEAD:go.mod", "bad\nname", "HEAD^{tree}", ""]
        let small = try reader.read(batch: pattern)
        #expect(small.map { $0?.type } == ["blob", "blob", nil, "blob", nil, "tree", nil])
        let count = GitObjectReader.bufferedBatch * 3 + 1
        let names = (0..<count).map { pattern[$0 % pattern.count] }
        let large = try reader.read(batch: names)
        #expect(large.count == count)
        #expect(large == names.indices.map { small[$0 % pattern.count] })
        // The long-lived process still answers after the buffered one has gone.
        #expect(try reader.read(batch: ["HEAD:go.mod"]).first??.data == Array("module m\n".utf8))
    }

    @Test func aStreamedBatchGivesEachObjectWithItsOffsetAsTheWholeBatchDoes() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One", files: ["deploy/a.yaml": "a\n", "go.mod": "module m\n"])
        let reader = try GitObjectReader(repository: GitRepository(path: scratch.path, launch: .inherited))
        defer { reader.close() }
        let paths = ["deploy/a.yaml", "nothing", "go.mod", "bad\nname", "deploy"]
        for count in [paths.count, GitObjectReader.bufferedBatch * 2 + 3] {
            // A slice that does not start at 0, its names made as they are sent.
            let keys = Array((0..<(count + 2)).map { paths[$0 % paths.count] }.dropFirst(2))
            let names = keys.lazy.map { "HEAD:" + $0 }
            var streamed: [(Int, GitObject?)] = []
            try reader.read(batch: names) { streamed.append(($0, $1)) }
            #expect(streamed.map(\.0) == Array(0..<keys.count))
            #expect(streamed.map(\.1) == (try reader.read(batch: Array(names))))
        }
        // A process ended from outside between batches: the next streamed batch is still answered whole.
        kill(try #require(reader.processIdentifier), SIGKILL)
        var types: [String?] = []
        try reader.read(batch: ["HEAD:go.mod", "HEAD:nothing"].lazy.map { $0 }) { types.append($1?.type) }
        #expect(types == ["blob", nil])
    }

    @Test func aBufferedGitThatNeverAnswersIsEndedAndReported() throws {
        let (scratch, blob) = try Self.stalling()
        defer { scratch.remove() }
        let reader = try GitObjectReader(repository: GitRepository(path: scratch.path, launch: .inherited), silenceLimit: 1)
        defer { reader.close() }
        let names = Array(repeating: "HEAD:deploy", count: GitObjectReader.bufferedBatch) + [blob]
        let error = try #require(throws: GitHistoryError.self) {
            try PartialCloneTests.finishes(within: 30) { try reader.read(batch: names) }
        }
        guard case .silent(command: "git cat-file --batch", seconds: 1, reading: _) = error else {
            Issue.record("\(error)")
            return
        }
    }
}
