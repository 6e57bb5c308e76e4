/// A failure talking to GitHub, as one actionable lowercase line; it never contains the token.
public struct GitHubError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What was being done, for example `GET /repos/o/r/releases`.
    public var context: String
    /// Why it failed, and what to do.
    public var reason: String

    /// Creates an error.
    public init(context: String, reason: String) {
        self.context = context
        self.reason = reason
    }

    /// The error as one line.
    public var description: String { "\(context): \(reason)" }
}
