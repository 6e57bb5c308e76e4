import Foundation

/// Counts failed look-ups from several threads at once.
final class MissCounter: @unchecked Sendable {
    // Guarded by `lock`.
    private var misses = 0
    private let lock = NSLock()

    /// Counts one miss.
    func record() {
        lock.withLock { misses += 1 }
    }

    /// The misses so far.
    var count: Int { lock.withLock { misses } }
}
