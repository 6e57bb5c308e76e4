import Foundation

/// A file a person edits, decoded for parsing and encoded back the way they saved it.
///
/// Editors on Windows save with CRLF line endings and some with a byte-order mark; parsed as is, the
/// front matter is not found and every edit is lost. The text is parsed with `\n` alone, and written
/// back with the person's line endings and mark.
public struct EditedText: Sendable, Equatable {
    /// The text with `\n` line endings and no byte-order mark.
    public var text: String
    /// Whether the file began with a UTF-8 byte-order mark.
    public var byteOrderMark: Bool
    /// Whether the file's lines ended in CRLF.
    public var crlf: Bool

    /// Decodes `data`; nil when it is not valid UTF-8, which must then be left untouched rather than rewritten.
    public init?(data: Data) {
        // Decoding may drop a byte-order mark by itself, so the bytes tell whether there was one.
        byteOrderMark = data.starts(with: [0xEF, 0xBB, 0xBF])
        guard let decoded = String(data: byteOrderMark ? data.dropFirst(3) : data, encoding: .utf8) else { return nil }
        var text = decoded
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Swift treats "\r\n" as one Character, so the count of "\n" scalars tells the line endings apart.
        let lineFeeds = text.unicodeScalars.lazy.filter { $0 == "\n" }.count
        let pairs = text.utf8.indices.lazy.filter { index in
            text.utf8[index] == 0x0D && text.utf8.index(after: index) < text.utf8.endIndex && text.utf8[text.utf8.index(after: index)] == 0x0A
        }.count
        crlf = pairs > 0 && pairs * 2 >= lineFeeds
        self.text = pairs > 0 ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// New text for a file that does not exist yet: `\n` endings, no mark.
    public init(text: String) {
        self.text = text
        byteOrderMark = false
        crlf = false
    }

    /// `newText` encoded with this file's line endings and mark.
    public func encoded(_ newText: String) -> Data {
        var output = crlf ? newText.replacingOccurrences(of: "\n", with: "\r\n") : newText
        if byteOrderMark { output = "\u{FEFF}" + output }
        return Data(output.utf8)
    }
}
