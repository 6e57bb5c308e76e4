/// Plain text made safe to place inside Markdown, such as a pull request title.
public enum MarkdownText {
    /// `text` with every `<` outside code spans backslash-escaped, so a title such as `<img src=x>` reads as written instead of becoming HTML;
    /// every `![` likewise, so a title cannot place a remote picture (a tracking pixel) in the notes, though its link stays;
    /// control characters other than tab and line breaks, such as a terminal's escape sequences, are dropped.
    ///
    /// Code spans are left alone: inside them a backslash would show, and `<` is already literal. So are
    /// autolinks such as `<https://example.com>`, and a `<` that a backslash already escapes.
    public static func escapingHTML(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "!") || ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) }) else {
            return text
        }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "`") {
                let run = backtickRun(in: bytes, at: index)
                if let close = closingRun(in: bytes, after: index + run, length: run) {
                    output += bytes[index..<(close + run)]
                    index = close + run
                } else {
                    output += bytes[index..<(index + run)]
                    index += run
                }
                continue
            }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "<") && !isEscaped(bytes, at: index) && !startsAutolink(bytes, at: index) {
                output.append(UInt8(ascii: "\\"))
            }
            if byte == UInt8(ascii: "!") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "[") && !isEscaped(bytes, at: index) {
                output.append(UInt8(ascii: "\\"))
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether an odd number of backslashes stands before `index`, so the character there is already escaped.
    private static func isEscaped(_ bytes: [UInt8], at index: Int) -> Bool {
        var count = 0
        var cursor = index - 1
        while cursor >= 0 && bytes[cursor] == UInt8(ascii: "\\") {
            count += 1
            cursor -= 1
        }
        return count % 2 == 1
    }

    /// Whether a CommonMark autolink starts at `index`: `<`, a scheme of 2 to 32 characters, `:`, then no space or `<` up to `>`.
    private static func startsAutolink(_ bytes: [UInt8], at index: Int) -> Bool {
        var cursor = index + 1
        let schemeStart = cursor
        while cursor < bytes.count, cursor - schemeStart < 33 {
            let byte = bytes[cursor]
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let isSchemeByte = isLetter || (cursor > schemeStart && ((byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E))
            guard isSchemeByte else { break }
            cursor += 1
        }
        guard cursor - schemeStart >= 2, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") else { return false }
        cursor += 1
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ">") { return true }
            if byte <= 0x20 || byte == UInt8(ascii: "<") { return false }
            cursor += 1
        }
        return false
    }

    /// The length of the backtick run starting at `start`.
    private static func backtickRun(in bytes: [UInt8], at start: Int) -> Int {
        var end = start
        while end < bytes.count && bytes[end] == UInt8(ascii: "`") { end += 1 }
        return end - start
    }

    /// Where a run of exactly `length` backticks starts after `start`, which closes a code span.
    private static func closingRun(in bytes: [UInt8], after start: Int, length: Int) -> Int? {
        var index = start
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let run = backtickRun(in: bytes, at: index)
            if run == length { return index }
            index += run
        }
        return nil
    }
}
