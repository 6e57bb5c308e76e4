import Foundation

/// Reads a pipe to its end on a background thread, so a chatty process never blocks on it.
package final class PipeDrain: Sendable {
    private let read = ResultSlot<Data>()

    /// Starts draining `handle` at once.
    package init(_ handle: FileHandle) {
        DedicatedThread.start { [read] in
            read.fill(((try? handle.readToEnd()) ?? nil) ?? Data())
        }
    }

    /// Waits for the end of the pipe and returns everything read.
    package func finish() -> Data {
        read.wait()
    }
}
