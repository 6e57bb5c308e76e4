/// Classifies a change, strongest source first: labels, release-note block and `/kind`, Conventional Commits,
/// configured rules, the title's first word, then `other`.
public struct ChangeClassifier: Sendable {
    /// Configured rules, tried in order; the first that matches decides the kind.
    public var rules: [ClassificationRule]

    /// Creates a classifier with configured `rules`.
    public init(rules: [ClassificationRule] = []) {
        self.rules = rules
    }

    /// The verdict for one change.
    public struct Verdict: Equatable, Sendable {
        /// The kind.
        public var kind: ChangeKind
        /// Whether it is breaking.
        public var breaking: Bool
        /// The release note text, if any.
        public var note: String?
        /// The title to show, cleaned of a Conventional Commits prefix.
        public var title: String
        /// Set when the change asks for no note (release-note NONE), with the reason.
        public var exclusion: String?
    }

    /// Classifies a change from its `title`, `body`, changed `paths` and GitHub `labels` (empty when unknown).
    public func classify(title: String, body: String, paths: [String] = [], labels: [String] = []) -> Verdict {
        let block = ReleaseNoteBlock(body: body)
        let conventional = ConventionalTitle(title)
        let labelKinds = labels.compactMap { label in
            label.hasPrefix("kind/") ? ChangeKind(kubernetesKind: String(label.dropFirst(5))) : nil
        }
        let kind = labelKinds.first ?? block.kinds.first ?? conventional.kind
            ?? rules.first(where: { $0.matches(title: title, body: body, paths: paths) })?.kind
            ?? TitleVerb.kind(of: title) ?? .other
        let breaking = labels.contains("release-note-action-required") || block.actionRequired
            || conventional.breaking || Self.hasBreakingFooter(body)
        var exclusion: String?
        if labels.contains("release-note-none") {
            exclusion = "labelled release-note-none"
        } else if block.isNone && !breaking {
            exclusion = "release note says NONE"
        }
        return Verdict(kind: kind, breaking: breaking, note: block.text, title: conventional.description, exclusion: exclusion)
    }

    /// Whether `body` has a `BREAKING CHANGE:` or `BREAKING-CHANGE:` footer line.
    static func hasBreakingFooter(_ body: String) -> Bool {
        guard body.containsText("BREAKING") else { return false }
        return body.split(whereSeparator: \.isNewline).contains {
            $0.hasPrefix("BREAKING CHANGE:") || $0.hasPrefix("BREAKING-CHANGE:")
        }
    }
}
