import Foundation

/// Commit names a look-up did not find, recorded from several threads at once.
final class MissedNames: @unchecked Sendable {
    // Guarded by `lock`.
    private var missed: [String] = []
    private let lock = NSLock()

    /// Records one name not found.
    func record(_ name: String) {
        lock.withLock { missed.append(name) }
    }

    /// The names recorded so far, in no particular order, with repeats.
    var names: [String] { lock.withLock { missed } }
}
