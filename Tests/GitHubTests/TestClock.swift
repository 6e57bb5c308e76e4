import Foundation

/// A clock that moves only when told: by the API's pauses, or by a server that plays slow answers.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var current = Date(timeIntervalSince1970: 1_700_000_000)
    private var waits: [TimeInterval] = []

    /// The time now.
    func now() -> Date { lock.withLock { current } }

    /// Moves the clock on by `seconds`.
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }

    /// A pause that only moves the clock, and is remembered.
    func pause(_ seconds: TimeInterval) {
        lock.withLock {
            waits.append(seconds)
            current += seconds
        }
    }

    /// Every pause so far, in seconds.
    var pauses: [TimeInterval] { lock.withLock { waits } }

    /// Seconds since the clock was made.
    var elapsed: TimeInterval { now().timeIntervalSince1970 - 1_700_000_000 }
}
