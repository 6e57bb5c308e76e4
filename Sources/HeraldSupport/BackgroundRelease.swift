/// Lets go of large values on a thread of their own, so freeing them overlaps the work that follows instead of
/// delaying it: the commits of a 100,000-commit history take a tenth of a second to free.
///
/// What is freed there is only what the value holds the last references to. A process that ends first leaves the rest
/// to the system, which reclaims it at once.
package enum BackgroundRelease {
    /// Takes `value` and frees it on a dedicated thread; the caller must hold no other copy.
    package static func release<Value>(_ value: consuming Value) {
        let box = ReleaseBox(value)
        // The main thread's stack size: freeing nested values recurses as deep as it would have there.
        DedicatedThread.start(stackSize: 8 << 20) { box.empty() }
    }
}

/// The one holder of a value being let go; emptied on the releasing thread.
private final class ReleaseBox<Value>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) {
        self.value = value
    }

    /// Drops the value, freeing what only it held.
    func empty() {
        value = nil
    }
}
