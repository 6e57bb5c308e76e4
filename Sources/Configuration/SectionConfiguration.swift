import Changes

/// One section of the notes: which changes it holds and its title. The order of the list is the order of the notes.
public struct SectionConfiguration: Sendable, Hashable {
    /// What a section holds: the breaking changes, or the changes of one kind.
    public enum Kind: Sendable, Hashable, CustomStringConvertible {
        /// Every breaking change, whatever its kind.
        case breaking
        /// The changes of one kind.
        case change(ChangeKind)

        /// The kind named `name` in the configuration: `breaking` or one of the change kinds.
        public init?(name: String) {
            if name == "breaking" {
                self = .breaking
            } else if let kind = ChangeKind(rawValue: name) {
                self = .change(kind)
            } else {
                return nil
            }
        }

        /// The name the configuration uses for it.
        public var description: String {
            switch self {
            case .breaking: "breaking"
            case .change(let kind): kind.rawValue
            }
        }

        /// Every name a section's `kind` accepts, `breaking` first.
        public static let names = ["breaking"] + ChangeKind.allCases.map(\.rawValue)
    }

    /// What the section holds.
    public var kind: Kind
    /// The heading shown above it, such as `Breaking changes`.
    public var title: String

    /// Creates a section holding `kind` under `title`.
    public init(kind: Kind, title: String) {
        self.kind = kind
        self.title = title
    }
}

extension SectionConfiguration {
    /// The keys a section may have.
    static let keys = ["kind", "title"]

    /// The `sections` list, in the order the notes show them, each kind at most once.
    static func list(_ node: ConfigurationNode) throws -> [SectionConfiguration] {
        var sections: [SectionConfiguration] = []
        for item in try node.items(of: "sections") {
            let fields = try item.fields(keys)
            let kindNode = try fields.required("kind", example: "feature")
            let name = try kindNode.string()
            guard let kind = Kind(name: name) else {
                throw kindNode.error(.unknownKind(name, known: Kind.names))
            }
            if let index = sections.firstIndex(where: { $0.kind == kind }) {
                throw kindNode.error(.duplicateSection(kind: name, firstAt: "\(node.keyPath)[\(index)]"))
            }
            let title = try fields.required("title", example: "New features").nonEmptyString("a section title")
            sections.append(SectionConfiguration(kind: kind, title: title))
        }
        return sections
    }
}
