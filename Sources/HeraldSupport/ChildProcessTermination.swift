/// How a child process ended.
public enum ChildProcessTermination: Equatable, Sendable {
    /// It exited by itself with this status; 0 is success.
    case exit(Int32)
    /// A signal from outside ended it (its number).
    case signal(Int32)
    /// It wrote nothing to standard output for the silence limit, so the runner killed it.
    case silence
}
