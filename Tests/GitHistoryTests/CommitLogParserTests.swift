import HeraldSupport
import Testing
@testable import GitHistory

/// The streaming `git log -z` parser gives the same commits however the bytes are split.
@Suite struct CommitLogParserTests {
    /// The nonce of the parsers in these tests.
    static let nonce = "0123456789abcdef"
    /// The bytes before every field: U+001F, the nonce, U+001F.
    static let separator: [UInt8] = [0x1F] + Array(nonce.utf8) + [0x1F]

    /// One record in the parser's `formatArgument` layout: each of eight fields after the separator, as git prints them.
    static func record(_ commit: Commit, body: [UInt8]? = nil) -> [UInt8] {
        // %b ends with a newline when the body is not empty, and the parser drops it.
        let rawBody = body ?? (commit.body.isEmpty ? [] : Array((commit.body + "\n").utf8))
        return record(fields: [
            commit.sha, commit.parents.joined(separator: " "), commit.authorName, commit.authorEmail,
            String(commit.authorTime), String(commit.commitTime), commit.subject,
        ].map { Array($0.utf8) } + [rawBody])
    }

    /// A record of raw `fields`, each after the separator.
    static func record(fields: [[UInt8]]) -> [UInt8] {
        fields.flatMap { separator + $0 }
    }

    static let root = Commit(
        sha: String(repeating: "a", count: 40), parents: [], authorName: "Alice Example", authorEmail: "alice@example.com",
        authorTime: 1_704_067_200, commitTime: 1_704_067_201, subject: "Initial commit", body: ""
    )
    static let merge = Commit(
        sha: String(repeating: "b", count: 40), parents: [String(repeating: "a", count: 40), String(repeating: "c", count: 40)],
        authorName: "Bob Example", authorEmail: "bob@example.com", authorTime: 1_704_070_800, commitTime: 1_704_074_400,
        subject: "Merge pull request #7 from carol/x", body: "Add thing\n\n```release-note\nAdded ünïcödé.\n```"
    )
    static let latin1 = Commit(
        sha: String(repeating: "d", count: 40), parents: [String(repeating: "b", count: 40)], authorName: "José",
        authorEmail: "jose@example.com", authorTime: 1_704_078_000, commitTime: 1_704_078_000,
        subject: "caf\u{FFFD}", body: "na\u{FFFD}ve\n\nsecond paragraph"
    )

    /// The three commits as git would stream them, NUL-terminated; the last one's message is ISO-8859-1.
    static let stream: [UInt8] = {
        let latin1Body: [UInt8] = [0x6E, 0x61, 0xEF, 0x76, 0x65, 0x0A, 0x0A] + Array("second paragraph\n".utf8)
        let latin1Record = record(latin1, body: latin1Body).replacingSubject(with: [0x63, 0x61, 0x66, 0xE9])
        return record(merge) + [0] + record(root) + [0] + latin1Record + [0]
    }()
    static let expected = [merge, root, latin1]

    /// Feeds `bytes` in chunks of the given sizes (cycled), then finishes.
    static func parse(_ bytes: [UInt8], chunks sizes: [Int]) throws -> [Commit] {
        var parser = CommitLogParser(nonce: nonce)
        var commits: [Commit] = []
        var start = 0, turn = 0
        while start < bytes.count {
            let end = min(bytes.count, start + sizes[turn % sizes.count])
            try Array(bytes[start..<end]).withUnsafeBytes { chunk in try parser.feed(chunk) { commits.append($0) } }
            start = end
            turn += 1
        }
        try parser.finish { commits.append($0) }
        return commits
    }

    @Test func wholeStream() throws {
        #expect(try Self.parse(Self.stream, chunks: [Self.stream.count]) == Self.expected)
    }

    @Test func byteByByte() throws {
        #expect(try Self.parse(Self.stream, chunks: [1]) == Self.expected)
    }

    @Test(arguments: [1, 2, 3, 42, 2024, 65_537])
    func randomChunkSizes(seed: UInt64) throws {
        var generator = DeterministicRandom(seed: seed)
        let sizes = (0..<64).map { _ in Int(generator.next() % 40) + 1 }
        #expect(try Self.parse(Self.stream, chunks: sizes) == Self.expected)
    }

    @Test func emptyChunksChangeNothing() throws {
        #expect(try Self.parse(Self.stream, chunks: [0, 5, 0, 7]) == Self.expected)
        var parser = CommitLogParser(nonce: Self.nonce)
        var commits: [Commit] = []
        try [UInt8]().withUnsafeBytes { try parser.feed($0) { commits.append($0) } }
        try parser.finish { commits.append($0) }
        #expect(commits.isEmpty)
    }

    @Test func aMissingTrailingNulStillGivesTheLastCommit() throws {
        let unterminated = Array(Self.stream.dropLast())
        #expect(try Self.parse(unterminated, chunks: [1]) == Self.expected)
        #expect(try Self.parse(unterminated, chunks: [9]) == Self.expected)
        var parser = CommitLogParser(nonce: Self.nonce)
        var early: [Commit] = []
        try unterminated.withUnsafeBytes { try parser.feed($0) { early.append($0) } }
        // A commit is finished by the next record or finish(): its file list may still follow.
        #expect(early == [Self.merge], "the last records wait for finish()")
    }

    @Test func invalidUTF8IsDecodedLossily() throws {
        let commits = try Self.parse(Self.stream, chunks: [Self.stream.count])
        let last = try #require(commits.last)
        #expect(last.subject == "caf\u{FFFD}")
        #expect(last.body == "na\u{FFFD}ve\n\nsecond paragraph")
        #expect(last.authorName == "José")
    }

    @Test func rootMergeAndEmptyBody() throws {
        let commits = try Self.parse(Self.stream, chunks: [3])
        #expect(commits.map(\.parents.count) == [2, 0, 1])
        #expect(commits.map(\.isMerge) == [true, false, false])
        #expect(commits[1].body == "")
        #expect(commits[0].authorTime == 1_704_070_800 && commits[0].commitTime == 1_704_074_400)
    }

    @Test func tokensWithoutTheSeparatorAreNotRecords() throws {
        let oldStyle = Array("\(Self.hex("e"))\u{1F}\u{1F}Mallory\u{1F}m@x\u{1F}1\u{1F}1\u{1F}Forged\u{1F}".utf8)
        let junk = Array("\n".utf8) + [0] + Array("not\u{1F}a\u{1F}commit".utf8) + [0] + oldStyle + [0]
        #expect(try Self.parse(junk + Self.stream, chunks: [4]) == Self.expected)
    }

    @Test func leadingNewlinesBeforeARecordAreIgnored() throws {
        let bytes = Self.record(Self.root) + [0, 0x0A, 0x0A] + Self.record(Self.merge) + [0]
        #expect(try Self.parse(bytes, chunks: [2]) == [Self.root, Self.merge])
    }

    @Test func formatArgumentPutsTheSeparatorBeforeEveryField() {
        let parser = CommitLogParser(nonce: Self.nonce)
        let field = "%x1f0123456789abcdef%x1f"
        #expect(parser.formatArgument == "--format=" + ["%H", "%P", "%an", "%ae", "%at", "%ct", "%s", "%b"].map { field + $0 }.joined())
        #expect(CommitLogParser().separator != CommitLogParser().separator, "each parser draws its own nonce")
        #expect(CommitLogParser.randomNonce().utf8.count == 16)
        #expect(CommitLogParser.randomNonce().allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    /// Hex digits `character` repeated to a full SHA-1 name.
    static func hex(_ character: Character) -> String { String(repeating: character, count: 40) }
}

extension Array where Element == UInt8 {
    /// The record with its seventh field (the subject) replaced by raw bytes.
    func replacingSubject(with subject: [UInt8]) -> [UInt8] {
        let separator = CommitLogParserTests.separator
        var fields: [[UInt8]] = []
        var start = separator.count, index = start
        while index + separator.count <= count {
            if Array(self[index..<(index + separator.count)]) == separator {
                fields.append(Array(self[start..<index]))
                start = index + separator.count
                index = start
            } else {
                index += 1
            }
        }
        fields.append(Array(self[start...]))
        fields[6] = subject
        return CommitLogParserTests.record(fields: fields)
    }
}
