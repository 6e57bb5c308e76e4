import Foundation

/// Counts finished items across threads and reports `label n/total` now and then.
final class ProgressCounter: @unchecked Sendable {
    // Updated from every core; the lock keeps the count exact.
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: (@Sendable (String) -> Void)?
    private let label: String

    /// Creates a counter that reports to `report`, when given.
    init(total: Int, report: (@Sendable (String) -> Void)?, label: String) {
        self.total = total
        self.report = report
        self.label = label
    }

    /// Counts one more item.
    func advance() {
        guard let report else { return }
        lock.lock()
        done += 1
        let current = done
        lock.unlock()
        // Every item would flood a terminal; a report per 1% is plenty.
        if current == total || current % max(1, total / 100) == 0 {
            report("\(label) \(current)/\(total)")
        }
    }
}
