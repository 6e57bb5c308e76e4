/// A tag that marks a release of a component.
public struct Release: Sendable, Hashable, Codable {
    /// The tag's full name, for example `v1.2.0` or `client/v1.2.0`.
    public var tag: String
    /// The version the tag names.
    public var version: SemanticVersion
    /// The commit the tag points at.
    public var commit: String
    /// The tag's date in seconds since 1970 (tagger date, else commit date).
    public var time: Int

    /// Creates a release.
    public init(tag: String, version: SemanticVersion, commit: String, time: Int) {
        self.tag = tag
        self.version = version
        self.commit = commit
        self.time = time
    }
}
