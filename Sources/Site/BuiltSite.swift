import HeraldSupport
import Foundation

/// A site built in memory, and what the build left out or cut on the way.
public struct BuiltSite: Sendable {
    /// Every file of the site by its path.
    public var files: [String: Data]
    /// Warnings about the input, in the order they were found.
    public var warnings: [Diagnostic]
}
