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
    init(body: String) {
        if body.contains("/kind") || body.contains("/release-note-none") {
            for line in body.split(whereSeparator: \.isNewline) {
                let words = line.split(separator: " ", omittingEmptySubsequences: true)
                if words.first == "/kind", words.count > 1, let kind = ChangeKind(kubernetesKind: String(words[1])) {
                    kinds.append(kind)
                } else if words.first == "/release-note-none" {
                    isNone = true
                }
            }
        }
        guard let open = body.range(of: "```release-note") else { return }
        let afterFence = body[open.upperBound...].drop { $0 != "\n" && $0 != "\r\n" }
        guard let close = afterFence.range(of: "```") else { return }
        var content = afterFence[..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        let upper = content.uppercased()
        if ["NONE", "NONE.", "N/A", "NA", "\"NONE\""].contains(upper) || content.isEmpty {
            isNone = true
            return
        }
        if upper.hasPrefix("ACTION REQUIRED") {
            actionRequired = true
            let rest = content.dropFirst("ACTION REQUIRED".count).drop { $0 == ":" || $0 == " " || $0 == "-" }
            content = rest.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        text = content.isEmpty ? nil : content
    }
}
