import Foundation

extension ManifestScan {
    /// Reads `image:` values on the added and context lines of a unified diff's hunks; removed lines are history.
    mutating func readDiff(_ contents: String) {
        var inHunk = false
        var lineNumber = 0
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("@@") {
                inHunk = true
                continue
            }
            // Only hunks count: a commit message above the diff may quote `image:` lines too.
            guard inHunk, let marker = line.first else { continue }
            switch marker {
            case "+" where line.hasPrefix("+++"), "-", "\\":
                continue
            case "+", " ":
                if let value = Self.imageValue(in: line.dropFirst()) { pin(value, line: lineNumber) }
            default:
                inHunk = false
            }
        }
    }

    /// The plain value of an `image:` key on a YAML line such as `  - image: "nginx:1.25" # pinned`.
    static func imageValue(in line: Substring) -> String? {
        var body = line.drop(while: \.isWhitespace)
        if body.hasPrefix("- ") { body = body.dropFirst(2).drop(while: \.isWhitespace) }
        for key in ["image:", "\"image\":", "'image':"] where body.hasPrefix(key) {
            return scalarValue(body.dropFirst(key.count))
        }
        return nil
    }

    /// A YAML scalar written after a key: quotes removed, a trailing comment dropped; nil for blocks and collections.
    private static func scalarValue(_ text: Substring) -> String? {
        let value = text.drop(while: \.isWhitespace)
        guard let first = value.first else { return nil }
        if first == "\"" || first == "'" {
            let inner = value.dropFirst()
            guard let close = inner.firstIndex(of: first) else { return nil }
            return String(inner[..<close])
        }
        // Flow collections, block scalars, anchors, aliases and tags are not plain references.
        guard !"{[|>&*!#".contains(first) else { return nil }
        var end = value.endIndex
        if let comment = value.range(of: " #") { end = comment.lowerBound }
        let plain = value[..<end].trimmingCharacters(in: .whitespaces)
        return plain.isEmpty ? nil : plain
    }
}
