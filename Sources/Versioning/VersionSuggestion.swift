/// A suggested next version and the reason for it.
public struct VersionSuggestion: Sendable, Equatable {
    /// The suggested version.
    public var version: SemanticVersion
    /// Why, for example "minor bump over v1.4.2: #12 is a feature".
    public var reason: String

    /// Creates a suggestion.
    public init(version: SemanticVersion, reason: String) {
        self.version = version
        self.reason = reason
    }
}
