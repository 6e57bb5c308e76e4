import Changes
import Foundation

extension ExclusionRule {
    /// The keys an `exclude` rule may have.
    static let keys = ["title", "author", "label", "paths", "reason"]

    /// One rule from an `exclude` item: at least one of `title`, `author`, `label`, `paths`, and an optional `reason`.
    init(configuration item: ConfigurationNode) throws {
        let fields = try item.fields(Self.keys)
        self.init(
            title: try fields["title"].map(ClassificationRule.regularExpression),
            author: try fields["author"]?.nonEmptyString("an author such as @dependabot[bot]"),
            label: try fields["label"]?.nonEmptyString("a pull request label"),
            paths: try fields["paths"]?.globs() ?? [],
            reason: try fields["reason"]?.nonEmptyString("a reason such as dependency bump")
        )
        guard hasConditions else {
            throw item.error(.exclusionWithoutConditions)
        }
    }
}
