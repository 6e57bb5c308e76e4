/// The weakest classification source: the first word of a plain title, as Kubernetes-style titles read.
///
/// Titles like "Fix …" and "Add …" carry no type prefix and, without labels, no other evidence;
/// this guess comes after every stronger source, so labels, release-note blocks, `/kind` lines,
/// Conventional Commits and configured rules all win over it.
enum TitleVerb {
    /// A kind from the first word of a plain title, the weakest source before `other`.
    ///
    /// Kubernetes-style titles carry no type prefix; their leading verb is the best evidence left.
    static func kind(of title: String) -> ChangeKind? {
        let lower = String(decoding: title.utf8.prefix(24).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        if lower.hasPrefix("changelog") || lower.hasPrefix("update changelog") || lower.hasPrefix("add changelog")
            || lower.hasPrefix("update readme") || lower.hasPrefix("document ") || title.containsText("hangelog for") {
            return .documentation
        }
        let first = lower.prefix { $0.isLetter }
        switch first {
        case "deprecate", "deprecates": return .deprecation
        case "fix", "fixes", "fixed", "correct", "corrects": return .fix
        case "add", "adds", "support", "supports", "implement", "implements", "introduce", "introduces", "allow", "allows", "enable", "enables":
            return title.containsText(" test") || title.containsText(" e2e") ? .cleanup : .feature
        default: return nil
        }
    }
}
