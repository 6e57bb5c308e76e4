/// Values shared by the tests that talk to a loopback GitHub, in the GitHub module's tests and the command tests.
public enum LoopbackGitHub {
    /// A token shaped like a real one, which tests look for in output and errors to prove it never leaks.
    public static let token = "ghp_secretTOKEN1234567890"
}
