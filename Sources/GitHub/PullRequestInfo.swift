/// What GitHub knows about a pull request that git does not: labels, description, login, dates.
public struct PullRequestInfo: Sendable, Equatable, Codable {
    /// The number.
    public var number: Int
    /// The title on GitHub.
    public var title: String
    /// The description, where release-note blocks and `/kind` lines live.
    public var body: String
    /// Label names, such as `kind/bug` or `release-note-none`.
    public var labels: [String]
    /// The author's login.
    public var author: String?
    /// When it was merged, ISO 8601.
    public var mergedAt: String?
    /// When it last changed, ISO 8601; the cache key beside the number.
    public var updatedAt: String

    /// Creates the information of one pull request.
    public init(number: Int, title: String, body: String, labels: [String], author: String?, mergedAt: String?, updatedAt: String) {
        self.number = number
        self.title = title
        self.body = body
        self.labels = labels
        self.author = author
        self.mergedAt = mergedAt
        self.updatedAt = updatedAt
    }
}
