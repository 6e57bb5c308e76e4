/// A change left out of the notes, with the reason; nothing merged disappears silently.
public struct ExcludedChange: Sendable, Equatable, Codable {
    /// The pull request number, or nil for a direct commit.
    public var pullRequest: Int?
    /// The commit on the first-parent line.
    public var commit: String
    /// The title, so a reader can recognise it.
    public var title: String
    /// Why it was left out, for example "reverted by #12 in this range".
    public var reason: String

    /// Creates an exclusion.
    public init(pullRequest: Int?, commit: String, title: String, reason: String) {
        self.pullRequest = pullRequest
        self.commit = commit
        self.title = title
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey { case pullRequest, commit, title, reason }

    /// Encodes every field, absent values as `null` as the JSON contract spells them.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pullRequest, forKey: .pullRequest)
        try container.encode(commit, forKey: .commit)
        try container.encode(title, forKey: .title)
        try container.encode(reason, forKey: .reason)
    }
}
