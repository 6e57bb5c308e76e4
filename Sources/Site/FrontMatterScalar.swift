/// Reads one YAML scalar as front matter writes it: plain, quoted, or a `|` or `>` block, comments left out.
///
/// Only as much YAML as titles and weights need: a value that is a list, a map or an unclosed quote reads as nil,
/// and a block's lines are joined with spaces, since the site shows these values on one line.
enum FrontMatterScalar {
    /// The text of the value that starts with `text`, after a key's colon, and may go on in the lines `below` it;
    /// nil for no value, YAML's null, a list or a map.
    static func value(_ text: Substring, below: [Substring]) -> String? {
        let text = trimmed(text)
        let more = below.map(trimmed).filter { !$0.isEmpty }
        switch text.first {
        case nil:
            // The value is on the lines below, unless they hold a nested map or a list.
            guard let first = more.first, !first.hasPrefix("-"), !first.hasPrefix("#"), !first.hasSuffix(":"), !first.contains(": ") else {
                return nil
            }
            return plain(more)
        case "\"": return quoted(([text] + more).joined(separator: " ").dropFirst(), quote: "\"")
        case "'": return quoted(([text] + more).joined(separator: " ").dropFirst(), quote: "'")
        case "|", ">": return more.isEmpty ? nil : more.joined(separator: " ")
        case "[", "{", "#": return nil
        default: return plain([text] + more)
        }
    }

    /// A plain scalar over `lines`, up to its first comment; nil when empty or YAML's null.
    private static func plain(_ lines: [Substring]) -> String? {
        var words: [Substring] = []
        for line in lines {
            if line.hasPrefix("#") { break }
            let comment = line.indices.first { $0 > line.startIndex && line[$0] == "#" && line[line.index(before: $0)].isWhitespace }
            words.append(trimmed(line[..<(comment ?? line.endIndex)]))
            if comment != nil { break }
        }
        let text = words.joined(separator: " ")
        return text.isEmpty || ["~", "null", "Null", "NULL"].contains(text) ? nil : text
    }

    /// The text up to the closing `quote` in `text`, which follows the opening one; nil when it never closes.
    ///
    /// In single quotes, two quotes stand for one; in double quotes, a backslash starts an escape.
    private static func quoted(_ text: Substring, quote: Character) -> String? {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if character == quote {
                guard quote == "'", index < text.endIndex, text[index] == "'" else { return result }
                result.append("'")
                index = text.index(after: index)
            } else if character == "\\", quote == "\"", index < text.endIndex {
                let (escaped, next) = unescaped(text, at: index)
                result += escaped
                index = next
            } else {
                result.append(character)
            }
        }
        return nil
    }

    /// The character a double-quoted escape stands for, the escape's letter at `index`, and where the text goes on.
    private static func unescaped(_ text: Substring, at index: Substring.Index) -> (String, Substring.Index) {
        let next = text.index(after: index)
        switch text[index] {
        case "n": return ("\n", next)
        case "t": return ("\t", next)
        case "u":
            let digits = text[next...].prefix(4)
            guard digits.count == 4, let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else { return ("u", next) }
            return (String(scalar), digits.endIndex)
        default: return (String(text[index]), next)
        }
    }

    /// `text` without the spaces and tabs around it.
    static func trimmed(_ text: Substring) -> Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = text.firstIndex(where: { !blank($0) }), let end = text.lastIndex(where: { !blank($0) }) else { return "" }
        return text[start...end]
    }
}
