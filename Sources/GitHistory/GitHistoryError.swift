/// A failure to read git history, as one actionable lowercase line.
public struct GitHistoryError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What was being read when it failed, for example `git log v1.0.0..v1.1.0` or a folder.
    public var context: String
    /// Why it failed and what to do about it.
    public var reason: String

    /// Creates an error for `context` that failed because of `reason`.
    public init(context: String, reason: String) {
        self.context = context
        self.reason = reason
    }

    /// The error or diagnostic as one line.
    public var description: String { "\(context): \(reason)" }
}
