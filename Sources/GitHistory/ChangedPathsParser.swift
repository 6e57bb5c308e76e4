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

    /// Reads every token `chunk` completes.
    mutating func feed(_ chunk: UnsafeRawBufferPointer) {
        for byte in chunk {
            if byte == 0 {
                take(pending)
                pending.removeAll(keepingCapacity: true)
            } else {
                pending.append(byte)
            }
        }
    }

    /// Reads a last token git did not terminate.
    mutating func finish() {
        if !pending.isEmpty { take(pending) }
        pending = []
    }

    private mutating func take(_ token: [UInt8]) {
        var body = token[...]
        if awaitingFirstPath, body.first == 0x0A { body = body.dropFirst() }
        if body.starts(with: marker) {
            let name = String(decoding: body.dropFirst(marker.count), as: UTF8.self)
            current = name.utf8.count >= 40 && name.allSatisfy(\.isHexDigit) ? name : nil
            if let current, paths[current] == nil { paths[current] = [] }
            awaitingFirstPath = true
            return
        }
        awaitingFirstPath = false
        guard let current, !body.isEmpty else { return }
        paths[current, default: []].append(String(decoding: body, as: UTF8.self))
    }
}
