/// A command failure, as one actionable lowercase line; exit code 1.
public struct HeraldCLIError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What was being done, for example `herald changelog` or a file path.
    public var context: String
    /// Why it failed, and what to do.
    public var reason: String

    /// Creates an error.
    public init(context: String, reason: String) {
        self.context = context
        self.reason = reason
    }

    /// The error or diagnostic as one line.
    public var description: String { "\(context): \(reason)" }
}
