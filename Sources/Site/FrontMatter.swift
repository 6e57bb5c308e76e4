/// The YAML block at the very top of a docs page, as docs tools read it: the keys the site uses, the rest ignored.
///
/// The block opens with a `---` line as the page's first line and closes with a `---` or `...` line. Without a
/// closing line, or with a top-level line that no YAML map could hold, the page has no front matter: its Markdown
/// renders whole, as it did before front matter was read.
struct FrontMatter: Sendable, Equatable {
    /// The page's title, whitespace runs made one space; nil when absent or empty.
    var title: String?
    /// Where the page sorts in the docs navigation, lower first; nil when absent or not an integer.
    var weight: Int?
    /// A sentence about the page for search engines, whitespace runs made one space; nil when absent or empty.
    var description: String?

    /// Creates front matter with the given keys.
    init(title: String? = nil, weight: Int? = nil, description: String? = nil) {
        self.title = title
        self.weight = weight
        self.description = description
    }

    /// `markdown`'s front matter and the Markdown after its closing line; no front matter and `markdown` itself when
    /// the page opens with none or with a malformed one.
    static func split(_ markdown: String) -> (frontMatter: FrontMatter?, body: String) {
        let scalars = markdown.unicodeScalars
        var cursor = scalars.startIndex
        // Editors on Windows may save a byte order mark, which would hide the opening line.
        if scalars.first == "\u{FEFF}" { cursor = scalars.index(after: cursor) }
        guard let opening = line(in: scalars, from: cursor), opening.text == "---" else { return (nil, markdown) }
        cursor = opening.next
        var yaml: [Substring] = []
        while let next = line(in: scalars, from: cursor) {
            if next.text == "---" || next.text == "..." {
                guard let frontMatter = FrontMatter(yaml: yaml) else { return (nil, markdown) }
                return (frontMatter, String(scalars[next.next...]))
            }
            yaml.append(next.text)
            cursor = next.next
        }
        return (nil, markdown)
    }

    /// The line of `scalars` that starts at `start`, without its line ending or trailing blanks, and where the next
    /// line starts; nil at the end of the text.
    private static func line(in scalars: String.UnicodeScalarView, from start: String.Index) -> (text: Substring, next: String.Index)? {
        guard start < scalars.endIndex else { return nil }
        let end = scalars[start...].firstIndex(of: "\n") ?? scalars.endIndex
        let next = end < scalars.endIndex ? scalars.index(after: end) : end
        var text = Substring(scalars[start..<end])
        while let last = text.unicodeScalars.last, last == "\r" || last == " " || last == "\t" {
            text = Substring(text.unicodeScalars.dropLast())
        }
        return (text, next)
    }

    /// The keys the site uses among `lines`, the block between the fences; nil when a top-level line is neither a
    /// key, a comment, nor an item of the list under the key above it.
    init?(yaml lines: [Substring]) {
        self.init()
        var index = 0
        var keyed = false
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard let first = line.first, first != "#" else { continue }
            // Items and indented lines belong to a key above; before any key, they make a block that is no map.
            if first.isWhitespace || line == "-" || line.hasPrefix("- ") {
                if keyed { continue } else { return nil }
            }
            guard let (key, value) = Self.entry(line) else { return nil }
            keyed = true
            // A key's value may go on in the indented or blank lines below it: a nested map, a list, a long text.
            var below: [Substring] = []
            while index < lines.count, lines[index].first.map(\.isWhitespace) ?? true {
                below.append(lines[index])
                index += 1
            }
            switch key.lowercased() {
            case "title": title = FrontMatterScalar.value(value, below: below).flatMap(Self.oneLine)
            case "weight": weight = FrontMatterScalar.value(value, below: below).flatMap { Int($0) }
            case "description": description = FrontMatterScalar.value(value, below: below).flatMap(Self.oneLine)
            default: break
            }
        }
    }

    /// The key and the text after its colon in a `key: value` line, the key's quotes removed; nil for another line.
    private static func entry(_ line: Substring) -> (key: String, value: Substring)? {
        var rest = line[...]
        while let colon = rest.firstIndex(of: ":") {
            let after = line.index(after: colon)
            if after == line.endIndex || line[after] == " " || line[after] == "\t" {
                var key = FrontMatterScalar.trimmed(line[..<colon])
                if key.count >= 2, let quote = key.first, quote == "\"" || quote == "'", key.last == quote {
                    key = key.dropFirst().dropLast()
                }
                return key.isEmpty ? nil : (String(key), line[after...])
            }
            rest = line[after...]
        }
        return nil
    }

    /// `text` on one line: control characters and noncharacters dropped, whitespace runs made one space; nil if empty.
    private static func oneLine(_ text: String) -> String? {
        let kept = String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.isWhitespace ? " " : $0
        }.filter { $0.properties.generalCategory != .control && !$0.properties.isNoncharacterCodePoint }))
        let words = kept.split(separator: " ", omittingEmptySubsequences: true)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
