/// Stable, unique heading ids (GitHub-like slugs).
///
/// A slug is the lowercased text with letters, digits and `_` kept, spaces and `-` turned into
/// one `-`, and everything else dropped; an empty slug is `section`. A slug already given out,
/// or reserved by the page around the document, gets the first free `-1`, `-2`, … suffix.
public struct Slugger: Sendable {
    private var taken: Set<String>
    private var nextSuffix: [String: Int] = [:]

    /// Creates a slugger that never hands out an id in `reserved`.
    public init(reserved: Set<String> = []) {
        taken = reserved
    }

    /// A fresh id for a heading with `text`, unique among all ids this slugger gave out.
    public mutating func slug(for text: String) -> String {
        let base = Self.base(for: text)
        var candidate = base
        var suffix = nextSuffix[base] ?? 1
        while taken.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        nextSuffix[base] = suffix
        taken.insert(candidate)
        return candidate
    }

    /// The slug of `text` before it is made unique.
    static func base(for text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var hyphenPending = false
        for byte in text.utf8 {
            // Headings are mostly ASCII, and these bytes need no Unicode tables.
            guard byte < 0x80 else { return unicodeBase(for: text) }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"),
                 UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if hyphenPending && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                hyphenPending = false
                bytes.append(byte | (byte <= UInt8(ascii: "Z") && byte >= UInt8(ascii: "A") ? 0x20 : 0))
            case UInt8(ascii: "-"), UInt8(ascii: " "), 0x09...0x0D:
                hyphenPending = true
            default:
                break
            }
        }
        return bytes.isEmpty ? "section" : String(decoding: bytes, as: UTF8.self)
    }

    /// The slug of text with characters beyond ASCII.
    private static func unicodeBase(for text: String) -> String {
        var slug = String.UnicodeScalarView()
        var hyphenPending = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "-" || scalar.properties.isWhitespace {
                hyphenPending = true
            } else if keeps(scalar) {
                if hyphenPending && !slug.isEmpty { slug.append("-") }
                hyphenPending = false
                slug.append(scalar)
            }
        }
        return slug.isEmpty ? "section" : String(slug)
    }

    /// Whether a lowercased scalar stays in a slug: letters, their marks, decimal digits and `_`.
    private static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        // Marks belong to the letters they follow: without them many scripts lose their vowels.
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }
}
