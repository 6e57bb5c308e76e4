/// A problem found while reading a manifest, such as an invalid image reference; a warning, never a failure.
public struct ImageFinding: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The manifest's path, as the caller named it.
    public var file: String
    /// The 1-based line of the problem, or 0 when it concerns the whole file.
    public var line: Int
    /// What is wrong, in lowercase, on one line.
    public var reason: String

    /// Creates a finding.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `FILE:LINE: reason`, or `FILE: reason` when the line is unknown.
    public var description: String {
        line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
    }
}
