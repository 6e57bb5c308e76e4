/// A child process that could not be started at all; how a started child ended is a `ChildProcessEnding` instead.
public enum ChildProcessError: Error, Equatable, Sendable {
    /// The executable could not be launched; `reason` is the system's description of why.
    case cannotStart(executable: String, reason: String)
}
