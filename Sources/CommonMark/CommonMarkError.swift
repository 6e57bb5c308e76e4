/// A Markdown document libcmark could not handle.
public struct CommonMarkError: Error, CustomStringConvertible, Sendable {
    /// What was being rendered, such as a file name.
    public var context: String
    /// Why it failed, one lowercase line.
    public var reason: String

    /// Creates an error.
    public init(context: String, reason: String) {
        self.context = context
        self.reason = reason
    }

    /// `context: reason`.
    public var description: String { "\(context): \(reason)" }
}
