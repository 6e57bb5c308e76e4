/// Reads `git log -z --name-only` whose only field is the object name, behind a random marker: paths by commit.
///
/// As in `CommitLogParser`, the marker holds a nonce that no file name can know, so a path that imitates a record
/// stays a path.
struct ChangedPathsParser {
    /// The paths read so far, by commit.
    private(set) var paths: [String: [String]] = [:]
    /// U+001F, the nonce, U+001F: the bytes in front of each object name.
    private let marker: [UInt8]
    /// The commit whose paths follow, and whether its first path (after a newline) is still to come.
    private var current: String?
    private var awaitingFirstPath = false
    /// The current commit's paths, kept apart until its record ends so each path costs no look-up by commit.
    private var currentPaths: [String] = []
    /// Bytes of a token that a chunk cut in two.
    private var pending: [UInt8] = []

    /// Creates a parser whose marker holds `nonce` (ASCII letters and digits; a random one by default).
    init(nonce: String = CommitLogParser.randomNonce()) {
        marker = [0x1F] + Array(nonce.utf8) + [0x1F]
    }

    /// The `--format` argument whose output this parser reads.
    var formatArgument: String {
        "--format=%x1f" + String(decoding: marker.dropFirst().dropLast(), as: UTF8.self) + "%x1f%H"
    }

    /// Reads every token `chunk` completes; a token wholly inside the chunk is read where it lies, without a copy.
    mutating func feed(_ chunk: UnsafeRawBufferPointer) {
        var start = 0
        while let end = chunk[start...].firstIndex(of: 0) {
            if pending.isEmpty {
                take(UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
            } else {
                pending.append(contentsOf: chunk[start..<end])
                takePending()
            }
            start = end + 1
        }
        pending.append(contentsOf: chunk[start...])
    }

    /// Reads a last token git did not terminate.
    mutating func finish() {
        if !pending.isEmpty { takePending() }
        flush()
    }

    /// Reads the token gathered from several chunks and empties the gathering buffer.
    private mutating func takePending() {
        let token = pending
        token.withUnsafeBytes { take($0) }
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func take(_ token: UnsafeRawBufferPointer) {
        var body = token[...]
        if awaitingFirstPath, body.first == 0x0A { body = body.dropFirst() }
        if body.starts(with: marker) {
            flush()
            let name = String(decoding: body.dropFirst(marker.count), as: UTF8.self)
            current = name.utf8.count >= 40 && name.allSatisfy(\.isHexDigit) ? name : nil
            if let current, paths[current] == nil { paths[current] = [] }
            awaitingFirstPath = true
            return
        }
        awaitingFirstPath = false
        guard current != nil, !body.isEmpty else { return }
        currentPaths.append(String(decoding: body, as: UTF8.self))
    }

    /// Files the current commit's paths under it.
    private mutating func flush() {
        if let current, !currentPaths.isEmpty { paths[current, default: []] += currentPaths }
        currentPaths.removeAll(keepingCapacity: true)
    }
}
