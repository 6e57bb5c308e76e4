import HeraldSupport
import Foundation

/// A site built in memory, and what the build left out or cut on the way.
public struct BuiltSite: Sendable {
    /// Every file of the site by its path; empty when they went to a sink as they were made.
    public var files: [String: Data]
    /// Warnings about the input, in the order they were found.
    public var warnings: [Diagnostic]

    /// A site of `files` (none when they went to a sink) and `warnings`.
    public init(files: [String: Data], warnings: [Diagnostic]) {
        self.files = files
        self.warnings = warnings
    }
}
