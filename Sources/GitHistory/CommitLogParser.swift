#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the NUL-terminated records of `git log -z` into commits as the bytes arrive.
///
/// Only an incomplete trailing record is ever copied, so memory stays proportional to one
/// record, not to git's whole output.
struct CommitLogParser {
    /// The `--format` argument whose output this parser reads: eight fields split by U+001F.
    static let formatArgument = "--format=%H%x1f%P%x1f%an%x1f%ae%x1f%at%x1f%ct%x1f%s%x1f%b"

    private var pending: [UInt8] = []
    /// The commit whose file list may still be arriving.
    private var current: Commit?
    /// Paths and author names and addresses seen so far: a few thousand values recur across a
    /// hundred thousand commits, so each is stored once and shared.
    private var shared: [String: String] = [:]

    /// Parses every record completed by `chunk` and calls `emit` with each finished commit.
    ///
    /// With `--name-only`, a commit's record is followed by its paths, each NUL-terminated, the
    /// first after a newline; a commit is finished when the next record starts.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, emit: (Commit) throws -> Void) throws {
        let bytes = chunk.bindMemory(to: UInt8.self)
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count, let found = memchr(base + start, 0, bytes.count - start) {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if pending.isEmpty {
                try take(UnsafeBufferPointer(rebasing: bytes[start..<end]), emit: emit)
            } else {
                pending.append(contentsOf: bytes[start..<end])
                let token = pending
                pending.removeAll(keepingCapacity: true)
                try token.withUnsafeBufferPointer { try take($0, emit: emit) }
            }
            start = end + 1
        }
        pending.append(contentsOf: bytes[start...])
    }

    /// Parses a final record that git did not terminate and emits the last commit.
    mutating func finish(emit: (Commit) throws -> Void) throws {
        let token = pending
        pending.removeAll()
        try token.withUnsafeBufferPointer { try take($0, emit: emit) }
        if let commit = current { try emit(commit) }
        current = nil
    }

    /// Handles one NUL-terminated token: a commit record, or a path of the current commit.
    private mutating func take(_ token: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if var commit = Self.parse(token) {
            if let finished = current { try emit(finished) }
            commit.authorName = intern(commit.authorName)
            commit.authorEmail = intern(commit.authorEmail)
            current = commit
            return
        }
        var start = token.startIndex
        while start < token.endIndex, token[start] == 0x0A { start += 1 }
        guard start < token.endIndex, current != nil else { return }
        let path = intern(String(decoding: UnsafeBufferPointer(rebasing: token[start...]), as: UTF8.self))
        current?.files.append(path)
    }

    /// The stored copy of `text`, so equal values share one buffer.
    private mutating func intern(_ text: String) -> String {
        if let stored = shared[text] { return stored }
        shared[text] = text
        return text
    }

    /// Parses one record; records that are blank or lack the fixed fields are skipped.
    static func parse(_ record: UnsafeBufferPointer<UInt8>) -> Commit? {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(8)
        var start = record.startIndex
        // A leading newline separates records when git adds one after a file list.
        while start < record.endIndex, record[start] == 0x0A { start += 1 }
        var index = start
        while index < record.endIndex, fields.count < 7 {
            if record[index] == 0x1F {
                fields.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        guard fields.count == 7 else { return nil }
        var bodyEnd = record.endIndex
        while bodyEnd > start, record[bodyEnd - 1] == 0x0A { bodyEnd -= 1 }
        fields.append(start..<bodyEnd)
        func text(_ field: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: record[fields[field]]), as: UTF8.self)
        }
        func number(_ field: Int) -> Int {
            var value = 0
            for byte in record[fields[field]] where byte >= 0x30 && byte <= 0x39 {
                value = value &* 10 &+ Int(byte - 0x30)
            }
            return value
        }
        var parents: [String] = []
        var parentStart = fields[1].lowerBound
        for index in fields[1] where record[index] == 0x20 || index == fields[1].upperBound - 1 {
            let end = record[index] == 0x20 ? index : index + 1
            if end > parentStart {
                parents.append(String(decoding: UnsafeBufferPointer(rebasing: record[parentStart..<end]), as: UTF8.self))
            }
            parentStart = index + 1
        }
        return Commit(
            sha: text(0), parents: parents, authorName: text(2), authorEmail: text(3),
            authorTime: number(4), commitTime: number(5), subject: text(6), body: text(7)
        )
    }
}
