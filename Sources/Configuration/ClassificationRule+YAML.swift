import Changes
import Foundation

extension ClassificationRule {
    /// The keys a rule may have.
    static let keys = ["kind", "title", "body", "paths"]

    /// One rule from a `rules` item: a kind and at least one of `title`, `body`, `paths`.
    init(configuration item: ConfigurationNode) throws {
        let fields = try item.fields(Self.keys)
        let kindNode = try fields.required("kind", example: "documentation")
        let name = try kindNode.string()
        guard let kind = ChangeKind(rawValue: name) else {
            throw kindNode.error(.unknownKind(name, known: ChangeKind.allCases.map(\.rawValue)))
        }
        self.init(
            kind: kind,
            title: try fields["title"].map(Self.regularExpression),
            body: try fields["body"].map(Self.regularExpression),
            paths: try fields["paths"]?.globs() ?? []
        )
        guard hasConditions else {
            throw item.error(.ruleWithoutConditions)
        }
    }

    /// A regular expression in ICU syntax, compiled now so a bad one is reported with its line.
    static func regularExpression(_ node: ConfigurationNode) throws -> NSRegularExpression {
        let pattern = try node.string()
        guard !pattern.isEmpty else {
            throw node.error(.emptyRegularExpression)
        }
        do {
            return try NSRegularExpression(pattern: pattern)
        } catch {
            throw node.error(.invalidRegularExpression(pattern))
        }
    }
}
