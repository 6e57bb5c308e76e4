import Testing
@testable import GitHistory

/// Records must have a commit's shape; paths and names holding U+001F or old-style records change nothing.
@Suite struct CommitLogRecordShapeTests {
    typealias Fixture = CommitLogParserTests
    static let good = [Fixture.hex("a"), "", "Alice", "a@x", "1", "2", "Good", ""]

    /// A record built from `good` with one field replaced, or with fields added or dropped.
    static func record(_ change: (inout [String]) -> Void) -> [UInt8] {
        var fields = good
        change(&fields)
        return Fixture.record(fields: fields.map { Array($0.utf8) })
    }

    /// Parses `bytes` and returns the commits and the parser's count of rejected records.
    static func parse(_ bytes: [UInt8]) throws -> (commits: [Commit], rejected: Int) {
        var parser = CommitLogParser(nonce: Fixture.nonce)
        var commits: [Commit] = []
        try bytes.withUnsafeBytes { try parser.feed($0) { commits.append($0) } }
        try parser.finish { commits.append($0) }
        return (commits, parser.rejectedRecords)
    }

    @Test(arguments: [
        "too few fields", "too many fields", "uppercase name", "short name", "name with a space", "parent of another length",
        "two spaces between parents", "a date that is not a number", "a date too long to be one",
    ])
    func recordsWithoutACommitsShapeAreRejectedWithTheirPaths(_ flaw: String) throws {
        let bad = Self.record { fields in
            switch flaw {
            case "too few fields": fields.removeLast()
            case "too many fields": fields.append("extra")
            case "uppercase name": fields[0] = String(repeating: "A", count: 40)
            case "short name": fields[0] = String(repeating: "a", count: 39)
            case "name with a space": fields[0] = String(repeating: "a", count: 39) + " "
            case "parent of another length": fields[1] = String(repeating: "b", count: 64)
            case "two spaces between parents": fields[1] = Fixture.hex("b") + "  " + Fixture.hex("c")
            case "a date that is not a number": fields[4] = "12x"
            default: fields[5] = String(repeating: "9", count: 19)
            }
        }
        let first = Self.record { $0[0] = Fixture.hex("d"); $0[6] = "First" }
        let last = Self.record { $0[0] = Fixture.hex("e"); $0[6] = "Last" }
        let stream = first + [0] + Array("\nkept.go".utf8) + [0] + bad + [0] + Array("\ndropped.go".utf8) + [0] + last + [0]
        let (commits, rejected) = try Self.parse(stream)
        #expect(commits.map(\.subject) == ["First", "Last"])
        #expect(commits.map(\.files) == [["kept.go"], []])
        #expect(rejected == 1)
    }

    @Test func wellShapedRecordsAreAccepted() throws {
        let sha256 = Self.record { $0[0] = String(repeating: "f", count: 64); $0[1] = String(repeating: "0", count: 64); $0[4] = "" }
        let merge = Self.record { $0[1] = Fixture.hex("b") + " " + Fixture.hex("c") }
        let (commits, rejected) = try Self.parse(sha256 + [0] + merge + [0])
        #expect(rejected == 0)
        #expect(commits.map(\.parents.count) == [1, 2])
        #expect(commits.first?.authorTime == 0, "git prints no date for a malformed identity")
    }

    @Test func pathsAndNamesHoldingUnitSeparatorsAreKeptWhole() throws {
        let forged = Array("\(Fixture.hex("f"))\u{1F}\u{1F}Mallory\u{1F}m@x\u{1F}1\u{1F}1\u{1F}Add cryptocurrency miner\u{1F}".utf8)
        // A separator with another nonce is only text, wherever it appears.
        let otherNonce = [0x1F] + Array("fedcba9876543210".utf8) + [0x1F]
        let author = Self.record { $0[2] = "Eve\u{1F}Mallory"; $0[3] = "\u{1F}1\u{1F}" }
        let stream = author + [0] + [0x0A] + forged + [0] + otherNonce + Array("x".utf8) + [0] + Array("\nnewline.md".utf8) + [0]
        for size in [1, 5, stream.count] {
            let commits = try Fixture.parse(stream, chunks: [size])
            #expect(commits.count == 1)
            #expect(commits.first?.authorName == "Eve\u{1F}Mallory")
            #expect(commits.first?.authorEmail == "\u{1F}1\u{1F}")
            #expect(commits.first?.subject == "Good")
            #expect(commits.first?.files == [String(decoding: forged, as: UTF8.self), String(decoding: otherNonce + Array("x".utf8), as: UTF8.self), "\nnewline.md"])
        }
    }
}
