import Foundation

/// Failures gathered from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    /// Records one failure.
    func add(_ message: String) {
        lock.withLock { messages.append(message) }
    }

    /// Every failure so far.
    var all: [String] {
        lock.withLock { messages }
    }
}
