/// One piece of markup in an SVG file from its `<`, read the way an XML parser reads it: a start tag with
/// its attributes, or a comment, section, instruction or end tag, which hold none.
struct SVGTag {
    /// The element's name, lowercased with its namespace prefix; empty for anything but a start tag.
    private(set) var name = ""
    /// The attributes, names and values as written (lowercased).
    private(set) var attributes: [(name: String, value: String)] = []
    /// The index after the markup.
    private(set) var end: Int

    /// Reads the markup of lowercased `text` whose `<` is just before `start`.
    init(_ text: [UInt8], at start: Int) {
        end = text.count
        let rest = text[start...]
        for (opening, closing) in [("!--", "-->"), ("![cdata[", "]]>")] where rest.starts(with: Array(opening.utf8)) {
            end = Self.index(after: Array(closing.utf8), in: text, from: start) ?? text.count
            return
        }
        if let first = rest.first, first == UInt8(ascii: "!") || first == UInt8(ascii: "?") || first == UInt8(ascii: "/") {
            end = Self.index(after: [UInt8(ascii: ">")], in: text, from: start) ?? text.count
            return
        }
        var index = start
        while index < text.count, Self.isSpace(text[index]) { index += 1 }
        let nameStart = index
        while index < text.count, !Self.isSpace(text[index]), text[index] != UInt8(ascii: ">"), text[index] != UInt8(ascii: "/") { index += 1 }
        name = String(decoding: text[nameStart..<index], as: UTF8.self)
        while index < text.count {
            while index < text.count, Self.isSpace(text[index]) || text[index] == UInt8(ascii: "/") { index += 1 }
            guard index < text.count, text[index] != UInt8(ascii: ">") else { break }
            let attributeStart = index
            while index < text.count, !Self.isSpace(text[index]), ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(text[index]) {
                index += 1
            }
            let attribute = String(decoding: text[attributeStart..<index], as: UTF8.self)
            while index < text.count, Self.isSpace(text[index]) { index += 1 }
            var value = ""
            if index < text.count, text[index] == UInt8(ascii: "=") {
                index += 1
                while index < text.count, Self.isSpace(text[index]) { index += 1 }
                let valueStart: Int
                if index < text.count, text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "'") {
                    let quote = text[index]
                    valueStart = index + 1
                    index = text[valueStart...].firstIndex(of: quote) ?? text.count
                    value = String(decoding: text[valueStart..<index], as: UTF8.self)
                    index = min(index + 1, text.count)
                } else {
                    valueStart = index
                    while index < text.count, !Self.isSpace(text[index]), text[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: text[valueStart..<index], as: UTF8.self)
                }
            }
            if attributeStart == index { index += 1 }
            attributes.append((attribute, value))
        }
        end = min(index + 1, text.count)
    }

    /// The index after the first `needle` in `text` from `start`.
    private static func index(after needle: [UInt8], in text: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var index = start
        while let hit = text[index...].firstIndex(of: first) {
            if text[hit...].starts(with: needle) { return hit + needle.count }
            index = hit + 1
        }
        return nil
    }

    /// XML's white space.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
