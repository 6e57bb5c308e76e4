/// A failure to load or render templates, as one actionable lowercase line.
public struct ReleaseNotesError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Where it failed, for example `templates/notes.mustache:3:7`.
    public var context: String
    /// Why, and what to do.
    public var reason: String

    /// Creates an error.
    public init(context: String, reason: String) {
        self.context = context
        self.reason = reason
    }

    /// The error or diagnostic as one line.
    public var description: String { "\(context): \(reason)" }
}
