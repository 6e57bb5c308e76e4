extension TemplateReader {
    /// Text up to a line break (not read) or a `{{` (read; `atTag` is then true), or to the end.
    mutating func readText() -> (text: String, atTag: Bool) {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case 0x0A:
                return (string(start..<position), false)
            case UInt8(ascii: "{") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "{"):
                let text = string(start..<position)
                position += 2
                return (text, true)
            default:
                position += 1
            }
        }
        return (string(start..<position), false)
    }

    /// A tag's name and the `}}` after it; only plain names and `.` compile.
    mutating func readName() throws -> String {
        skipSpace()
        let name = word(while: Self.isNameByte)
        skipSpace()
        try expect("}}")
        guard !name.isEmpty, name == "." || !name.contains(".") else { throw Unsupported() }
        return name
    }

    /// Whether only spaces and tabs are left on the line: then the line break is read too.
    mutating func lineFinished() -> Bool {
        guard position < bytes.count else { return true }
        var end = position
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        guard end < bytes.count, bytes[end] == 0x0A else { return false }
        position = end + 1
        return true
    }

    /// Reads `literal`, or throws.
    mutating func expect(_ literal: String) throws {
        let expected = Array(literal.utf8)
        guard position + expected.count <= bytes.count, bytes[position..<(position + expected.count)].elementsEqual(expected) else {
            throw Unsupported()
        }
        position += expected.count
    }

    /// Skips the white space swift-mustache skips inside tags.
    mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A].contains(bytes[position]) { position += 1 }
    }

    /// The text of the bytes from here that `accepts`, read.
    mutating func word(while accepts: (UInt8) -> Bool) -> String {
        let start = position
        while position < bytes.count, accepts(bytes[position]) { position += 1 }
        return string(start..<position)
    }

    /// The text of `range`.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The characters swift-mustache reads in a name; brackets would make it a transform, which does not compile.
    static func isNameByte(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || ".-_?*".utf8.contains(byte)
    }

    /// The characters swift-mustache reads in a partial's name.
    static func isPartialNameByte(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || ".-_?()*/".utf8.contains(byte)
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
