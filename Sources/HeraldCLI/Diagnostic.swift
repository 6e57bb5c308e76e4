/// A warning for stderr, as a value: `warning[code]: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// A stable, kebab-case code, for example `skipped-tag`.
    public var code: String
    /// One lowercase line.
    public var message: String

    /// Creates a diagnostic.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// The error or diagnostic as one line.
    public var description: String { "warning[\(code)]: \(message)" }
}
