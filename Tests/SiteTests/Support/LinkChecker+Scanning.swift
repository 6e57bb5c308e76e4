import Foundation

extension LinkChecker {
    /// The ids of every element in `html`, and the names of its `a` elements: what a fragment can point at.
    static func anchors(inHTML html: String) -> Set<String> {
        var anchors: Set<String> = []
        for found in attributeValues(in: html, skippingRawText: true) {
            if found.attribute == "id" || (found.attribute == "name" && found.element == "a") {
                anchors.insert(found.value)
            }
        }
        return anchors
    }

    /// The URLs of a `srcset` value, without their width or density descriptors.
    static func urls(inSrcset value: String) -> [String] {
        value.split(separator: ",").compactMap { candidate in
            candidate.split(whereSeparator: \.isWhitespace).first.map(String.init)
        }
    }

    /// Every attribute of every start tag in `text`, in order, with character references decoded; comments,
    /// doctypes and processing instructions are passed over, and with `skippingRawText` so is the content of
    /// `script`, `style`, `textarea` and `title`, whose markup-like text is not markup.
    static func attributeValues(in text: String, skippingRawText: Bool) -> [AttributeValue] {
        var scanner = TagScanner(bytes: Array(text.utf8))
        var found: [AttributeValue] = []
        while let tag = scanner.nextStartTag() {
            for (name, value) in tag.attributes {
                found.append(AttributeValue(element: tag.name, attribute: name, value: value, line: tag.line))
            }
            if skippingRawText, ["script", "style", "textarea", "title"].contains(tag.name) {
                scanner.skipRawText(closing: tag.name)
            }
        }
        return found
    }

    /// `&amp;`, `&#38;` and `&#x26;` and the other common character references of `text`, decoded.
    static func decodeCharacterReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result.append("&")
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = namedCharacterReferences[String(name)]
            }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    /// The named character references a generator plausibly writes in an attribute.
    static let namedCharacterReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "num": "#", "percnt": "%", "quest": "?", "equals": "=", "sol": "/", "colon": ":", "period": ".",
        "lpar": "(", "rpar": ")", "plus": "+", "comma": ",", "hyphen": "-",
    ]

    /// A forgiving scanner of HTML or XML start tags over UTF-8 bytes, following HTML's tokenizer where it matters:
    /// attribute values may be double-quoted, single-quoted or bare, and names are case-insensitive.
    private struct TagScanner {
        let bytes: [UInt8]
        var position = 0
        var line = 1
        private var lineCountedUpTo = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// The next start tag's name, attributes and line, or nil at the end.
        mutating func nextStartTag() -> (name: String, attributes: [(String, String)], line: Int)? {
            while position < bytes.count {
                guard bytes[position] == UInt8(ascii: "<") else {
                    position += 1
                    continue
                }
                if starts(with: "<!--") {
                    skip(past: "-->", from: position + 4)
                } else if starts(with: "<![CDATA[") {
                    skip(past: "]]>", from: position + 9)
                } else if starts(with: "<!") || starts(with: "<?") || starts(with: "</") {
                    skip(past: ">", from: position + 2)
                } else if position + 1 < bytes.count, Self.isLetter(bytes[position + 1]) {
                    let tagLine = lineNumber(at: position)
                    position += 1
                    let name = readName(stoppingAt: [])
                    let attributes = readAttributes()
                    return (name, attributes, tagLine)
                } else {
                    position += 1
                }
            }
            return nil
        }

        /// Moves past the content of a raw-text element up to and including `</name>`.
        mutating func skipRawText(closing name: String) {
            let closing = Array("</\(name)".utf8)
            while position < bytes.count {
                if bytes[position] == UInt8(ascii: "<"), position + closing.count <= bytes.count,
                   zip(bytes[position..<position + closing.count], closing).allSatisfy({ Self.lower($0) == $1 }) {
                    skip(past: ">", from: position + closing.count)
                    return
                }
                position += 1
            }
        }

        private mutating func readAttributes() -> [(String, String)] {
            var attributes: [(String, String)] = []
            while position < bytes.count {
                skipWhitespace()
                guard position < bytes.count else { break }
                let byte = bytes[position]
                if byte == UInt8(ascii: ">") {
                    position += 1
                    break
                }
                if byte == UInt8(ascii: "/") {
                    position += 1
                    continue
                }
                let name = readName(stoppingAt: [UInt8(ascii: "=")])
                if name.isEmpty {
                    position += 1
                    continue
                }
                skipWhitespace()
                var value = ""
                if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    skipWhitespace()
                    value = readValue()
                }
                attributes.append((name, LinkChecker.decodeCharacterReferences(value)))
            }
            return attributes
        }

        private mutating func readValue() -> String {
            guard position < bytes.count else { return "" }
            let quote = bytes[position]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let start = position + 1
                var end = start
                while end < bytes.count, bytes[end] != quote { end += 1 }
                position = min(end + 1, bytes.count)
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            let start = position
            while position < bytes.count, !Self.isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                position += 1
            }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        private mutating func readName(stoppingAt extra: [UInt8]) -> String {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if Self.isWhitespace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || extra.contains(byte) {
                    break
                }
                position += 1
            }
            return String(decoding: bytes[start..<position].map(Self.lower), as: UTF8.self)
        }

        private mutating func skipWhitespace() {
            while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
        }

        private mutating func skip(past terminator: String, from start: Int) {
            let pattern = Array(terminator.utf8)
            var index = start
            while index + pattern.count <= bytes.count {
                if bytes[index] == pattern[0], Array(bytes[index..<index + pattern.count]) == pattern {
                    position = index + pattern.count
                    return
                }
                index += 1
            }
            position = bytes.count
        }

        private func starts(with prefix: String) -> Bool {
            let pattern = Array(prefix.utf8)
            return position + pattern.count <= bytes.count && Array(bytes[position..<position + pattern.count]) == pattern
        }

        /// The 1-based line of `offset`; offsets only grow, so lines are counted once.
        private mutating func lineNumber(at offset: Int) -> Int {
            while lineCountedUpTo < offset {
                if bytes[lineCountedUpTo] == UInt8(ascii: "\n") { line += 1 }
                lineCountedUpTo += 1
            }
            return line
        }

        private static func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }

        private static func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }

        private static func lower(_ byte: UInt8) -> UInt8 {
            byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        }
    }
}
