import Changes

/// The sections notes are grouped into: their titles and order.
public struct SectionLayout: Sendable, Equatable {
    /// The title of the section of breaking changes, which always comes first.
    public var breakingTitle: String
    /// Each kind with its section title, in section order.
    public var kinds: [Section]

    /// One section of changes of a kind.
    public struct Section: Sendable, Equatable {
        /// The kind of changes it holds.
        public var kind: ChangeKind
        /// Its title.
        public var title: String

        /// Creates a section.
        public init(kind: ChangeKind, title: String) {
            self.kind = kind
            self.title = title
        }
    }

    /// Herald's own titles and order: what users act on first.
    public static let standard = SectionLayout(breakingTitle: "Breaking changes and action required", kinds: [
        Section(kind: .feature, title: "Features"), Section(kind: .fix, title: "Bug fixes"),
        Section(kind: .deprecation, title: "Deprecations"), Section(kind: .performance, title: "Performance"),
        Section(kind: .documentation, title: "Documentation"), Section(kind: .dependency, title: "Dependencies"),
        Section(kind: .cleanup, title: "Cleanup"), Section(kind: .other, title: "Other changes"),
    ])

    /// Creates a layout.
    public init(breakingTitle: String, kinds: [Section]) {
        self.breakingTitle = breakingTitle
        self.kinds = kinds
    }

    /// The standard layout with `ordered` sections first, in their order; kinds left out keep their place after them.
    public init(ordered: [Section], breakingTitle: String? = nil) {
        let named = Set(ordered.map(\.kind))
        self.init(
            breakingTitle: breakingTitle ?? Self.standard.breakingTitle,
            kinds: ordered + Self.standard.kinds.filter { !named.contains($0.kind) }
        )
    }
}
