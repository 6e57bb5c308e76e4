import Foundation

/// One value handed from the thread that computes it to the one thread that waits for it, once.
package final class ResultSlot<Value>: @unchecked Sendable {
    // Written once before `filled` is signalled, read only after waiting for it.
    private var value: Value?
    private let filled = DispatchSemaphore(value: 0)

    /// An empty slot.
    package init() {}

    /// Stores the value and wakes the waiting thread.
    package func fill(_ value: Value) {
        self.value = value
        filled.signal()
    }

    /// Waits until the value is stored and returns it.
    package func wait() -> Value {
        filled.wait()
        // Always set: `fill` runs before the signal this waited for.
        return value!
    }
}
