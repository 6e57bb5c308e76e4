/// The text a reader would see in a raw HTML block: tags, comments and scripts dropped.
///
/// Raw HTML never reaches the output, but a block such as `<summary>Screenshots</summary>`
/// holds words worth keeping. They come back as plain text, which libcmark escapes.
enum HTMLBlockText {
    /// Elements whose content is code or styling, not text.
    private static let hiddenElements: [[UInt8]] = ["script", "style", "template", "textarea"].map { Array($0.utf8) }
    private static let namedEntities: [(name: [UInt8], text: [UInt8])] = [
        ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'"), ("nbsp", " "),
    ].map { (Array($0.utf8), Array($1.utf8)) }

    /// The visible text of the NUL-terminated HTML, white space collapsed; empty when there is none.
    static func text(of html: UnsafePointer<CChar>) -> CollapsedText {
        var text = CollapsedText()
        html.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            var end = start
            while end.pointee != 0 { end += 1 }
            let visible = visibleBytes(of: UnsafeBufferPointer(start: start, count: start.distance(to: end)))
            visible.withUnsafeBufferPointer { text.append($0) }
        }
        return text
    }

    private static func visibleBytes(of html: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var visible: [UInt8] = []
        var index = 0
        while index < html.count {
            let byte = html[index]
            if byte == UInt8(ascii: "<"), let after = endOfMarkup(in: html, at: index) {
                visible.append(UInt8(ascii: " "))
                index = after
            } else if byte == UInt8(ascii: "&"), let (decoded, after) = entity(in: html, at: index) {
                visible.append(contentsOf: decoded)
                index = after
            } else {
                visible.append(byte)
                index += 1
            }
        }
        return visible
    }

    /// The index after the comment, declaration or tag at `start`, and after a hidden element's content; nil when `<` starts no markup.
    private static func endOfMarkup(in html: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard start + 1 < html.count else { return nil }
        let next = html[start + 1]
        if starts(html, at: start, with: Array("<!--".utf8)) {
            return find(Array("-->".utf8), in: html, from: start + 4).map { $0 + 3 } ?? html.count
        }
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            return find([UInt8(ascii: ">")], in: html, from: start + 2).map { $0 + 1 } ?? html.count
        }
        let closing = next == UInt8(ascii: "/")
        var cursor = start + (closing ? 2 : 1)
        let nameStart = cursor
        while cursor < html.count, isNameByte(html[cursor]) { cursor += 1 }
        guard cursor > nameStart, isLetter(html[nameStart]) else { return nil }
        let name = html[nameStart..<cursor].map { $0 | 0x20 }
        var quote: UInt8?
        while cursor < html.count {
            let byte = html[cursor]
            cursor += 1
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
        }
        guard !closing, hiddenElements.contains(name) else { return cursor }
        // The closing tag itself is dropped on the next pass as ordinary markup.
        return find(Array("</".utf8) + name, in: html, from: cursor, ignoringCase: true) ?? html.count
    }

    /// A character reference at `start` decoded, with the index after it.
    private static func entity(in html: UnsafeBufferPointer<UInt8>, at start: Int) -> ([UInt8], Int)? {
        // References are short; looking further would make a block of bare `&`s quadratic.
        let window = html[(start + 1)..<min(start + 12, html.count)]
        guard let semicolon = window.firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let body = Array(html[(start + 1)..<semicolon])
        if let named = namedEntities.first(where: { $0.name == body }) { return (named.text, semicolon + 1) }
        guard body.first == UInt8(ascii: "#"), body.count > 1 else { return nil }
        let hexadecimal = body[1] | 0x20 == UInt8(ascii: "x")
        let digits = String(decoding: body.dropFirst(hexadecimal ? 2 : 1), as: UTF8.self)
        guard let value = UInt32(digits, radix: hexadecimal ? 16 : 10) else { return nil }
        let scalar: Unicode.Scalar = value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}"
        return (Array(String(scalar).utf8), semicolon + 1)
    }

    private static func starts(_ html: UnsafeBufferPointer<UInt8>, at start: Int, with prefix: [UInt8]) -> Bool {
        start + prefix.count <= html.count && html[start..<(start + prefix.count)].elementsEqual(prefix)
    }

    private static func find(_ needle: [UInt8], in html: UnsafeBufferPointer<UInt8>, from start: Int, ignoringCase: Bool = false) -> Int? {
        guard start + needle.count <= html.count else { return nil }
        return (start...(html.count - needle.count)).first { offset in
            zip(html[offset..<(offset + needle.count)], needle).allSatisfy { ignoringCase && isLetter($0) ? $0 | 0x20 == $1 : $0 == $1 }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }
}
