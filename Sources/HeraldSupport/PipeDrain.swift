import Foundation

/// Reads a pipe to its end on a background thread, so a chatty process never blocks on it.
package final class PipeDrain: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    /// Starts draining `handle` at once.
    package init(_ handle: FileHandle) {
        DedicatedThread.start { [self] in
            let all = (try? handle.readToEnd()) ?? nil
            lock.withLock { data = all ?? Data() }
            done.signal()
        }
    }

    /// Waits for the end of the pipe and returns everything read.
    package func finish() -> Data {
        done.wait()
        return lock.withLock { data }
    }
}
