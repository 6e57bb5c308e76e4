/// A warning as a value, made where the problem arises and printed as `warning[code]: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// What kind of warning it is.
    public var code: DiagnosticCode
    /// One lowercase line.
    public var message: String
    /// What the warning is about, such as a tag name, for summaries of many warnings of one code.
    public var subject: String?

    /// Creates a diagnostic about `subject`.
    public init(_ code: DiagnosticCode, _ message: String, subject: String? = nil) {
        self.code = code
        self.message = message
        self.subject = subject
    }

    /// The warning as one line.
    public var description: String { "warning[\(code.rawValue)]: \(message)" }
}
