/// An error from the Images module: what was being read and why it could not be used.
public struct ImagesError: Error, Equatable, Hashable, CustomStringConvertible, Sendable {
    /// What was being read, for example `image reference 'ubuntu:v1+x'`.
    public var context: String
    /// Why it failed and what to do about it, in lowercase.
    public var reason: String

    /// Creates an error for `context` that failed because of `reason`.
    public init(context: String, reason: String) {
        self.context = context
        self.reason = reason
    }

    /// The error as one line: `context: reason`.
    public var description: String { "\(context): \(reason)" }
}
