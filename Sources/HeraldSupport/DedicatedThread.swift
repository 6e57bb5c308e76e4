import Foundation

/// Runs blocking work (draining or feeding a child's pipe) on a thread of its own rather than on Dispatch's
/// shared pool: on a machine with few cores, pool threads all blocked on pipes of concurrent children leave none
/// free for the work that would unblock them.
package enum DedicatedThread {
    /// Starts `work` on a new thread with a stack of `stackSize` bytes and returns at once.
    package static func start(stackSize: Int = 1 << 19, _ work: @escaping @Sendable () -> Void) {
        let thread = Thread { work() }
        // Pipe work needs little stack; 512 KiB keeps many concurrent children cheap.
        thread.stackSize = stackSize
        thread.start()
    }
}
