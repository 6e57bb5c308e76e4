#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CommitLogParser {
    /// The byte ranges of the fields of `token` when it is a record, or nil when it is a path.
    ///
    /// A record starts with the separator; a path never holds it.
    func recordFields(_ token: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        guard let base = token.baseAddress else { return nil }
        var start = token.startIndex
        // git has never put a newline before a record, but one would not make it a path.
        while start < token.endIndex, token[start] == 0x0A { start += 1 }
        guard hasSeparator(token, at: start) else { return nil }
        var fields: [Range<Int>] = []
        fields.reserveCapacity(Self.placeholders.count)
        var fieldStart = start + separator.count
        var index = fieldStart
        while index < token.endIndex, let found = memchr(base + index, 0x1F, token.endIndex - index) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if hasSeparator(token, at: at) {
                fields.append(fieldStart..<at)
                fieldStart = at + separator.count
                index = fieldStart
            } else {
                index = at + 1
            }
        }
        fields.append(fieldStart..<token.endIndex)
        return fields
    }

    /// Whether the separator starts at `offset` of `token`.
    private func hasSeparator(_ token: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard let base = token.baseAddress, offset + separator.count <= token.endIndex else { return false }
        return separator.withUnsafeBytes { expected in
            expected.baseAddress.map { memcmp(base + offset, $0, expected.count) == 0 } ?? false
        }
    }

    /// The commit a record's `fields` describe, or nil when they are not a commit's: the wrong number of fields,
    /// object names that are not 40 or 64 lowercase hex digits, or dates that are not numbers.
    static func commit(from fields: [Range<Int>], in record: UnsafeBufferPointer<UInt8>) -> Commit? {
        guard fields.count == placeholders.count, isObjectName(record[fields[0]]) else { return nil }
        let nameLength = fields[0].count
        var parents: [String] = []
        var parentStart = fields[1].lowerBound
        // Names separated by single spaces: each name and its space take nameLength + 1 bytes.
        while parentStart < fields[1].upperBound {
            let parentEnd = parentStart + nameLength
            guard parentEnd <= fields[1].upperBound, isObjectName(record[parentStart..<parentEnd]) else { return nil }
            parents.append(String(decoding: UnsafeBufferPointer(rebasing: record[parentStart..<parentEnd]), as: UTF8.self))
            guard parentEnd < fields[1].upperBound else { break }
            guard record[parentEnd] == 0x20, parentEnd + 1 < fields[1].upperBound else { return nil }
            parentStart = parentEnd + 1
        }
        guard let authorTime = number(record[fields[4]]), let commitTime = number(record[fields[5]]) else { return nil }
        var body = fields[7]
        while !body.isEmpty, record[body.upperBound - 1] == 0x0A { body = body.lowerBound..<(body.upperBound - 1) }
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: record[range]), as: UTF8.self)
        }
        return Commit(
            sha: text(fields[0]), parents: parents, authorName: text(fields[2]), authorEmail: text(fields[3]),
            authorTime: authorTime, commitTime: commitTime, subject: text(fields[6]), body: text(body)
        )
    }

    /// Whether `bytes` are 40 or 64 lowercase hex digits.
    static func isObjectName(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard bytes.count == 40 || bytes.count == 64 else { return false }
        return bytes.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The decimal number in `bytes`, 0 when empty (git prints no date for a malformed identity), nil when not a number.
    static func number(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
