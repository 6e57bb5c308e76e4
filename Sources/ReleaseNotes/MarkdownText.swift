/// Plain text made safe to place inside Markdown, such as a pull request title.
public enum MarkdownText {
    /// `text` with every `<` outside code spans backslash-escaped, so a title such as `<img src=x>` reads as written instead of becoming HTML.
    ///
    /// Code spans are left alone: inside them a backslash would show, and `<` is already literal.
    public static func escapingHTML(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
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
            if byte == UInt8(ascii: "<") && !(index > 0 && bytes[index - 1] == UInt8(ascii: "\\")) {
                output.append(UInt8(ascii: "\\"))
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
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
