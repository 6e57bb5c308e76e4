import Foundation

/// A failed git command (or file operation) while building a scratch repository.
public struct ScratchRepositoryError: Error, CustomStringConvertible, Sendable {
    /// The git arguments that failed, joined by spaces, on one line.
    public var command: String
    /// Why it failed: git's standard error (or the exit status), on one line.
    public var reason: String

    /// Creates an error, folding both parts onto a single line.
    public init(command: String, reason: String) {
        self.command = Self.oneLine(command)
        self.reason = Self.lowercasingFirst(Self.oneLine(reason))
    }

    /// `git <command> failed: <reason>`.
    public var description: String {
        "git \(command) failed: \(reason)"
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
    }

    private static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
