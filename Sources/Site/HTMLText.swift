import Mustache

/// HTML escaping over UTF-8 bytes: `&`, `<`, `>`, `"` and `'`, as Mustache's own but without a lookup per character.
///
/// Registered as the `HERALD_HTML` content type, which the site's templates select with a pragma.
struct HTMLText: MustacheContentType {
    /// The content type's name in template pragmas.
    static let contentTypeName = "HERALD_HTML"

    /// Makes the content type known to Mustache; registering twice is harmless.
    static let registered: Void = {
        MustacheContentTypes.register(HTMLText(), named: contentTypeName)
    }()

    /// The text escaped for HTML.
    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// `text` safe inside HTML text, quoted attribute values and XML: the characters XML 1.0 forbids
    /// (control characters other than tab and line breaks, U+FFFE and U+FFFF) are dropped.
    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        // 0xEF leads U+FFFE and U+FFFF; it is rare outside them, so the fast path stays fast.
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 || $0 == 0xEF }) else {
            return text
        }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + utf8.count / 8)
        var bytes = utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x26: output += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
            case 0x3C: output += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
            case 0x3E: output += [0x26, 0x67, 0x74, 0x3B]  // &gt;
            case 0x22: output += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x27: output += [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;
            case 0x09, 0x0A, 0x0D: output.append(byte)
            case 0x00..<0x20: continue
            case 0xEF:
                // U+FFFE is EF BF BE and U+FFFF is EF BF BF; a string's UTF-8 is valid, so two bytes follow.
                guard let second = bytes.next() else { output.append(byte); continue }
                guard second == 0xBF else { output += [byte, second]; continue }
                guard let third = bytes.next() else { output += [byte, second]; continue }
                if third != 0xBE && third != 0xBF { output += [byte, second, third] }
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
