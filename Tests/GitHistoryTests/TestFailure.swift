/// A test's own failure, such as a timeout, never mistaken for an error of the code under test.
struct TestFailure: Error, CustomStringConvertible {
    /// What went wrong in the test itself.
    var description: String

    /// Creates a failure that says `description`.
    init(_ description: String) {
        self.description = description
    }
}
