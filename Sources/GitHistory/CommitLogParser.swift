#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the NUL-terminated records of `git log -z` into commits as the bytes arrive.
///
/// Every field, the first included, is preceded by a separator made of U+001F, a random nonce
/// and U+001F again. The nonce is new for each parser and never committed, so no file name,
/// author name or message can contain it: a token is a record exactly when it starts with the
/// separator, and its fields split nowhere else. Records that still lack a commit's shape are
/// counted in `rejectedRecords` and left out with their file lists.
///
/// Only an incomplete trailing record is ever copied, so memory stays proportional to one
/// record, not to git's whole output.
struct CommitLogParser {
    /// The fields in output order; `%b` last, so a record's end is the body's end.
    static let placeholders = ["%H", "%P", "%an", "%ae", "%at", "%ct", "%s", "%b"]

    /// U+001F, the nonce, U+001F: the bytes in front of every field.
    let separator: [UInt8]
    /// Records git printed that did not have a commit's shape.
    private(set) var rejectedRecords = 0
    private var pending: [UInt8] = []
    /// The commit whose file list may still be arriving.
    private var current: Commit?
    /// Whether the next path is the first of `current`'s list, which git starts with a newline.
    private var awaitingFirstPath = false
    /// Paths and author names and addresses seen so far: a few thousand values recur across a
    /// hundred thousand commits, so each is stored once and shared.
    private var shared: [String: String] = [:]

    /// Creates a parser whose separator holds `nonce` (ASCII letters and digits; a random one by default).
    init(nonce: String = Self.randomNonce()) {
        separator = [0x1F] + Array(nonce.utf8) + [0x1F]
    }

    /// Sixteen random lowercase hex digits from the system's secure generator.
    static func randomNonce() -> String {
        let digits = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The `--format` argument whose output this parser reads.
    var formatArgument: String {
        let field = "%x1f" + String(decoding: separator.dropFirst().dropLast(), as: UTF8.self) + "%x1f"
        return "--format=" + Self.placeholders.map { field + $0 }.joined()
    }

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
        if !token.isEmpty {
            try token.withUnsafeBufferPointer { try take($0, emit: emit) }
        }
        if let commit = current { try emit(commit) }
        current = nil
    }

    /// Handles one NUL-terminated token: a commit record, or a path of the current commit.
    private mutating func take(_ token: UnsafeBufferPointer<UInt8>, emit: (Commit) throws -> Void) throws {
        if let fields = recordFields(token) {
            if let finished = current { try emit(finished) }
            current = nil
            guard var commit = Self.commit(from: fields, in: token) else {
                // Its file list follows; with no current commit, those paths are dropped.
                rejectedRecords += 1
                return
            }
            commit.authorName = intern(commit.authorName)
            commit.authorEmail = intern(commit.authorEmail)
            current = commit
            awaitingFirstPath = true
            return
        }
        guard current != nil else { return }
        var start = token.startIndex
        if awaitingFirstPath, start < token.endIndex, token[start] == 0x0A { start += 1 }
        awaitingFirstPath = false
        guard start < token.endIndex else { return }
        let path = intern(String(decoding: UnsafeBufferPointer(rebasing: token[start...]), as: UTF8.self))
        current?.files.append(path)
    }

    /// The stored copy of `text`, so equal values share one buffer.
    private mutating func intern(_ text: String) -> String {
        if let stored = shared[text] { return stored }
        shared[text] = text
        return text
    }
}
