/// A failure talking to GitHub, as one actionable line; it never contains the token.
public struct GitHubError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What kind of failure it is, for callers that decide what to do next; never branch on the message.
    public enum Kind: Sendable, Equatable {
        /// A final answer or a local problem: sending the same request again would fail the same way.
        case failed
        /// A server error or a rate limit outlasting the retries: the request may or may not have taken effect.
        case unavailable
        /// A timeout or a broken connection: the request may or may not have taken effect.
        case noAnswer
        /// An answer that is not what GitHub sends: a list that is not a list of releases, a pagination loop, a body too large.
        case unreadable
        /// A redirect Herald refused: to another origin, of a write, or past the cap.
        case redirected
    }

    /// What was being done, for example `GET /repos/o/r/releases`.
    public var context: String
    /// Why it failed, and what to do.
    public var reason: String
    /// What kind of failure it is.
    public var kind: Kind

    /// The most characters `reason` keeps: server text can be long, and an error is one line.
    static let reasonLimit = 300

    /// Creates an error on one line: control characters become spaces, and `secret` is removed whatever its case.
    public init(context: String, reason: String, kind: Kind = .failed, redacting secret: String? = nil) {
        self.context = Self.oneLine(context, redacting: secret, limit: Self.reasonLimit)
        self.reason = Self.oneLine(reason, redacting: secret, limit: Self.reasonLimit)
        self.kind = kind
    }

    /// The error as one line.
    public var description: String { "\(context): \(reason)" }
}
