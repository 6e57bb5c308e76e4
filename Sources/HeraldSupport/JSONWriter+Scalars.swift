extension JSONWriter {
    /// Appends `text` as a JSON string. Escaped as `JSONEncoder` escapes: `"` and `\`, and the control characters
    /// below U+0020 as `\b`, `\t`, `\n`, `\f`, `\r` or `\u00XX` in lowercase hex; everything else, `/`, DEL,
    /// U+2028 and U+2029 included, is copied as its UTF-8; with `escapingMarkup`, `<`, `>` and `&` too are `\u00XX`.
    static func appendQuoted(_ text: String, escapingMarkup: Bool = false, to output: inout [UInt8]) {
        output.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var copied = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || (escapingMarkup && (byte == 0x26 || byte == 0x3C || byte == 0x3E)) else {
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                appendEscape(byte, to: &output)
                copied = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
        }
        output.append(0x22)
    }

    /// Appends the escape of one byte that cannot stand in a JSON string.
    private static func appendEscape(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(0x5C)
        switch byte {
        case 0x22, 0x5C: output.append(byte)
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x09: output.append(UInt8(ascii: "t"))
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        default:
            func hex(_ digit: UInt8) -> UInt8 { digit < 10 ? 0x30 + digit : 0x57 + digit }
            output.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex(byte >> 4), hex(byte & 0x0F)])
        }
    }

    /// Appends `text`, which needs no escaping, as it is.
    static func appendVerbatim(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    /// Appends `text`, which needs no escaping, as it is.
    static func appendVerbatim(_ text: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends an integer's decimal digits, with `-` before a negative one.
    static func appendDigits(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(0x2D) }
        var rest = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = 0x30 + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Appends `count` spaces.
    static func appendSpaces(_ count: Int, to output: inout [UInt8]) {
        var left = count
        while left > 0 {
            let run = min(left, spaces.utf8CodeUnitCount)
            output.append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: run))
            left -= run
        }
    }

    /// Spaces to copy indents from.
    private static let spaces: StaticString = "                                                                "
}
