/// A tag peeled to the commit it names.
public struct Tag: Sendable, Equatable {
    /// The tag's short name, for example `v1.2.0` or `client/v1.0.0`.
    public var name: String
    /// The commit the tag points at, after peeling annotated tags.
    public var commit: String
    /// The tagger date of an annotated tag, or the commit date of a lightweight one, in seconds since 1970.
    public var time: Int
    /// Whether the tag is an annotated tag object.
    public var isAnnotated: Bool
    /// The commit's root tree when the tag list gave it, so reading files at the tag needs no commit read; nil when
    /// unknown (a tag of a tag).
    public var tree: String?

    /// Creates a tag.
    public init(name: String, commit: String, time: Int, isAnnotated: Bool, tree: String? = nil) {
        self.name = name
        self.commit = commit
        self.time = time
        self.isAnnotated = isAnnotated
        self.tree = tree
    }
}
