/// Where a range starts and ends, by ref and by commit, and why it starts there.
public struct NotesRange: Sendable, Equatable, Encodable {
    /// The base ref, or nil when the range starts at the first commit.
    public var from: String?
    /// The ref the notes end at.
    public var to: String
    /// The base commit, or nil.
    public var fromCommit: String?
    /// The end commit.
    public var toCommit: String
    /// Why the base was chosen, for example "base v6.1.0: previous minor release".
    public var reason: String

    /// Creates a range.
    public init(from: String?, to: String, fromCommit: String?, toCommit: String, reason: String) {
        self.from = from
        self.to = to
        self.fromCommit = fromCommit
        self.toCommit = toCommit
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey { case from, to, fromCommit, toCommit, reason }

    /// Encodes every field, absent values as `null` as the JSON contract spells them.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(fromCommit, forKey: .fromCommit)
        try container.encode(toCommit, forKey: .toCommit)
        try container.encode(reason, forKey: .reason)
    }
}
