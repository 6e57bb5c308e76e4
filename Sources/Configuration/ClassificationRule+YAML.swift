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
            let hint = name == "breaking" ? "; breaking is a flag, not a kind" : ""
            throw kindNode.error(
                "unknown kind '\(name)'; known kinds are \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", "))\(hint)"
            )
        }
        self.init(
            kind: kind,
            title: try fields["title"].map(Self.regularExpression),
            body: try fields["body"].map(Self.regularExpression),
            paths: try fields["paths"]?.globs() ?? []
        )
        guard hasConditions else {
            throw item.error("a rule needs at least one of title, body, paths; without one it would never match")
        }
    }

    /// A regular expression in ICU syntax, compiled now so a bad one is reported with its line.
    private static func regularExpression(_ node: ConfigurationNode) throws -> NSRegularExpression {
        let pattern = try node.string()
        guard !pattern.isEmpty else {
            throw node.error("the regular expression is empty and would match every change; remove the key or give a pattern")
        }
        do {
            return try NSRegularExpression(pattern: pattern)
        } catch {
            throw node.error("invalid regular expression '\(pattern)'; check its brackets, parentheses and escapes")
        }
    }
}
