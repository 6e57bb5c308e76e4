import Foundation

/// What a child process left behind once it ended: how it ended and all it wrote to standard error.
public struct ChildProcessEnding: Sendable {
    /// Exit status, outside signal, or the runner's kill for silence.
    public var termination: ChildProcessTermination
    /// Everything written to standard error, in full.
    public var standardError: Data

    /// Whether the child exited by itself with status 0.
    public var succeeded: Bool { termination == .exit(0) }

    /// Bundles an ending; the runner makes these, tests may too.
    public init(termination: ChildProcessTermination, standardError: Data) {
        self.termination = termination
        self.standardError = standardError
    }
}
