/// What a pull request body says through a fenced `release-note` block and `/kind` lines.
struct ReleaseNoteBlock: Equatable {
    /// The block's text, nil when there is no block.
    var text: String?
    /// Whether the block says NONE: the change wants no note.
    var isNone = false
    /// Whether the block begins with ACTION REQUIRED.
    var actionRequired = false
    /// The kinds named by `/kind` lines, in order.
    var kinds: [ChangeKind] = []

    /// Reads the block and `/kind` lines of `body`.
    init(body original: String) {
        // PR templates list every `/kind` and explain the block inside comments; only the author's text counts.
        let body = original.containsText("<!--") ? Self.withoutComments(original) : original
        if body.containsText("/kind") || body.containsText("/release-note-none") {
            for line in body.split(whereSeparator: \.isNewline) {
                let words = line.split(separator: " ", omittingEmptySubsequences: true)
                if words.first == "/kind", words.count > 1, let kind = ChangeKind(kubernetesKind: String(words[1])) {
                    kinds.append(kind)
                } else if words.first == "/release-note-none" {
                    isNone = true
                }
            }
        }
        guard let open = body.rangeOfText("```release-note") else { return }
        let afterFence = body[open.upperBound...].drop { $0 != "\n" && $0 != "\r\n" }
        guard let close = afterFence.rangeOfText("```") else { return }
        var content = String(afterFence[..<close.lowerBound].trimmed)
        let upper = content.uppercased()
        // An empty block is the template left untouched: no note, but the change stays.
        guard !content.isEmpty else { return }
        if ["NONE", "NONE.", "N/A", "NA", "\"NONE\""].contains(upper) {
            isNone = true
            return
        }
        if upper.hasPrefix("ACTION REQUIRED") {
            actionRequired = true
            let rest = content.dropFirst("ACTION REQUIRED".count).drop { $0 == ":" || $0 == " " || $0 == "-" }
            let trimmed = rest.trimmed
            content = trimmed.prefix(1).uppercased() + trimmed.dropFirst()
        }
        text = content.isEmpty ? nil : content
    }

    /// `text` without `<!-- … -->` comments; an unclosed comment runs to the end.
    static func withoutComments(_ text: String) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.rangeOfText("<!--") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].rangeOfText("-->") else { return result }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
