/// The release a range starts from, and why it was chosen.
public struct BaseChoice: Sendable, Equatable {
    /// The base release, or nil when the notes start at the first commit.
    public var release: Release?
    /// A human explanation, for example "base v6.1.0: previous minor release".
    public var reason: String

    /// Creates a choice.
    public init(release: Release?, reason: String) {
        self.release = release
        self.reason = reason
    }

    /// A base the caller named rather than one the rules chose; `release` is nil when `ref` is not a release tag.
    public static func requested(_ ref: String, release: Release?) -> BaseChoice {
        BaseChoice(release: release, reason: "base \(ref): requested explicitly")
    }
}
