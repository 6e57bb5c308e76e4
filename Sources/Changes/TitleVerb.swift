import HeraldSupport

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
        let head = title.utf8.prefix(headLength)
        // Every title of every release comes through here: one that starts in ASCII, nearly all of them, is read as
        // bytes, where characters and bytes agree.
        guard head.isASCII else { return characterKind(of: title) }
        let lower = head.lowercasedASCII
        if documentationPrefixes.contains(where: { lower.starts(with: $0.utf8) }) || title.containsText("hangelog for") {
            return .documentation
        }
        return kind(ofWord: String(decoding: lower.prefix { $0 >= 0x61 && $0 <= 0x7A }, as: UTF8.self), in: title)
    }

    /// `kind` read by characters, for titles that start beyond ASCII.
    static func characterKind(of title: String) -> ChangeKind? {
        let lower = String(decoding: title.utf8.prefix(headLength).lowercasedASCII, as: UTF8.self)
        if documentationPrefixes.contains(where: { lower.hasPrefix($0) }) || title.containsText("hangelog for") {
            return .documentation
        }
        return kind(ofWord: String(lower.prefix { $0.isLetter }), in: title)
    }

    /// The kind a title's lowercased first word gives.
    private static func kind(ofWord first: String, in title: String) -> ChangeKind? {
        switch first {
        case "deprecate", "deprecates": return .deprecation
        case "fix", "fixes", "fixed", "correct", "corrects": return .fix
        case "add", "adds", "support", "supports", "implement", "implements", "introduce", "introduces", "allow", "allows", "enable", "enables":
            return title.containsText(" test") || title.containsText(" e2e") ? .cleanup : .feature
        default: return nil
        }
    }

    /// How many bytes of a title are read for its first word.
    private static let headLength = 24

    /// Lowercased starts of titles that are about documentation.
    private static let documentationPrefixes = ["changelog", "update changelog", "add changelog", "update readme", "document "]
}
