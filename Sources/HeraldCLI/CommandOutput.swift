import HeraldSupport

/// What an action produced: data for stdout and warnings for stderr.
public struct CommandOutput: Sendable, Equatable {
    /// The data, printed as is.
    public var text: String
    /// Warnings, printed to stderr as `warning[code]: message`.
    public var diagnostics: [Diagnostic]

    /// Creates an output.
    public init(text: String, diagnostics: [Diagnostic] = []) {
        self.text = text
        self.diagnostics = diagnostics
    }
}
