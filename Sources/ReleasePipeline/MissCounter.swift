import Foundation

/// Counts failed look-ups from several threads at once.
package final class MissCounter: @unchecked Sendable {
    // Guarded by `lock`.
    private var misses = 0
    private let lock = NSLock()

    /// Counts one miss.
    package func record() {
        lock.withLock { misses += 1 }
    }

    /// The misses so far.
    package var count: Int { lock.withLock { misses } }
}
