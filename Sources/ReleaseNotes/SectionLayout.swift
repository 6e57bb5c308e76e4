import Changes

/// The sections notes are grouped into: their titles and order.
public struct SectionLayout: Sendable, Equatable {
    /// The title of the section of breaking changes, which always comes first.
    public var breakingTitle: String
    /// Each kind with its section title, in section order.
    public var kinds: [Section]
    /// Whether each section lists its entries in the byte order of their text, as the Kubernetes tool does, rather
    /// than newest first.
    public var sortsEntriesByText = false

    /// One section of changes of a kind, and of any kinds it gathers with it.
    public struct Section: Sendable, Equatable {
        /// The kind of changes it holds, which names it in templates.
        public var kind: ChangeKind
        /// Its title.
        public var title: String
        /// Other kinds listed under the same title (Kubernetes lists cleanups and flakes together).
        public var also: [ChangeKind] = []
        /// What the section takes instead of kinds (Keep a Changelog's Removed and Security), claimed before any kind.
        public var claim: SectionClaim?

        /// Creates a section.
        public init(kind: ChangeKind, title: String, also: [ChangeKind] = [], claim: SectionClaim? = nil) {
            self.kind = kind
            self.title = title
            self.also = also
            self.claim = claim
        }

        /// Whether changes of `kind` are listed here; a section with a claim lists only what it claims.
        public func holds(_ kind: ChangeKind) -> Bool {
            claim == nil && (kind == self.kind || also.contains(kind))
        }
    }

    /// Herald's own titles and order: what users act on first.
    public static let standard = SectionLayout(breakingTitle: "Breaking changes and action required", kinds: [
        Section(kind: .feature, title: "Features"), Section(kind: .apiChange, title: "API changes"),
        Section(kind: .fix, title: "Bug fixes"), Section(kind: .deprecation, title: "Deprecations"),
        Section(kind: .performance, title: "Performance"), Section(kind: .documentation, title: "Documentation"),
        Section(kind: .design, title: "Design"), Section(kind: .dependency, title: "Dependencies"),
        Section(kind: .failingTest, title: "Failing tests"), Section(kind: .cleanup, title: "Cleanup"),
        Section(kind: .other, title: "Other changes"),
    ])

    /// Creates a layout.
    public init(breakingTitle: String, kinds: [Section], sortsEntriesByText: Bool = false) {
        self.breakingTitle = breakingTitle
        self.kinds = kinds
        self.sortsEntriesByText = sortsEntriesByText
    }

    /// `base` with `ordered` sections first, in their order; kinds left out keep their place after them.
    public init(ordered: [Section], breakingTitle: String? = nil, over base: SectionLayout = .standard) {
        let named = Set(ordered.flatMap { [$0.kind] + $0.also })
        self.init(
            breakingTitle: breakingTitle ?? base.breakingTitle,
            kinds: ordered + base.kinds.filter { !named.contains($0.kind) }.map { section in
                var kept = section
                kept.also = section.also.filter { !named.contains($0) }
                return kept
            }
        )
    }

    /// The Kubernetes release-notes tool's kinds, titles and order, under "Urgent Upgrade Notes".
    public static let kubernetes = SectionLayout(breakingTitle: "Urgent Upgrade Notes", kinds: [
        Section(kind: .deprecation, title: "Deprecation"), Section(kind: .apiChange, title: "API Change"),
        Section(kind: .feature, title: "Feature"), Section(kind: .design, title: "Design"),
        Section(kind: .documentation, title: "Documentation"), Section(kind: .failingTest, title: "Failing Test"),
        Section(kind: .fix, title: "Bug or Regression"),
        // The tool has no kinds for these; maintainers file dependency bumps and speed-ups as cleanups.
        Section(kind: .cleanup, title: "Other (Cleanup or Flake)", also: [.dependency, .performance]),
        Section(kind: .other, title: "Uncategorized"),
    ], sortsEntriesByText: true)

    /// Keep a Changelog's sections (keepachangelog.com): each change under the heading that says what happened.
    public static let keepAChangelog = SectionLayout(breakingTitle: "Breaking changes", kinds: [
        Section(kind: .feature, title: "Added", also: [.apiChange, .design]),
        Section(kind: .cleanup, title: "Changed", also: [.performance, .dependency, .documentation, .other]),
        Section(kind: .deprecation, title: "Deprecated"),
        Section(kind: .cleanup, title: "Removed", claim: .removal),
        Section(kind: .fix, title: "Fixed", also: [.failingTest]),
        Section(kind: .fix, title: "Security", claim: .security),
    ])

    /// The position in `kinds` of the section that lists `change`: the first whose claim takes it, else the first
    /// that holds its kind.
    public func placement(of change: Change) -> Int? {
        kinds.firstIndex { $0.claim?.claims(change) ?? false } ?? kinds.firstIndex { $0.holds(change.kind) }
    }
}
