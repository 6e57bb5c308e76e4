import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What to undo when Herald is interrupted: child processes to end and temporary paths to remove.
///
/// A CI job's cancel or a Ctrl-C must not leave a `git` child running or a half-written temporary
/// file that `git add -A` would commit. Writers register what they make and unregister it when done;
/// the command layer calls `installSignalHandlers()` once.
public enum InterruptCleanup {
    private static let lock = NSLock()
    // Guarded by `lock`.
    nonisolated(unsafe) private static var paths: [Int: String] = [:]
    nonisolated(unsafe) private static var children: Set<Int32> = []
    nonisolated(unsafe) private static var nextToken = 0
    nonisolated(unsafe) private static var arrived: Int32 = 0

    /// Registers a file or folder to remove on interrupt; the token unregisters it.
    public static func register(path: String) -> Int {
        lock.withLock {
            nextToken += 1
            paths[nextToken] = path
            return nextToken
        }
    }

    /// Forgets a registered path: it was moved into place or removed.
    public static func unregister(_ token: Int) {
        lock.withLock { _ = paths.removeValue(forKey: token) }
    }

    /// Registers a running child process to end on interrupt.
    public static func register(child pid: Int32) {
        lock.withLock { _ = children.insert(pid) }
    }

    /// Forgets a child that has exited.
    public static func unregister(child pid: Int32) {
        lock.withLock { _ = children.remove(pid) }
    }

    /// Whether a signal arrived and its clean-up runs: work that failed because of it must not report a
    /// failure of its own, the process is about to die of the signal.
    public static var isInterrupted: Bool { lock.withLock { arrived != 0 } }

    /// Waits for the clean-up under way to end the process; should it not within a few seconds, exits as a
    /// shell reports a death by that signal.
    public static func awaitInterruptEnd() -> Never {
        for _ in 0..<100 { usleep(50_000) }
        exit(128 + lock.withLock { arrived })
    }

    /// Ends every registered child and removes every registered path, now.
    public static func cleanUp() {
        let (pids, tokens) = lock.withLock { (children, Array(paths.keys)) }
        for pid in pids { kill(pid, SIGTERM) }
        removePaths(of: tokens)
    }

    /// Removes the registered paths of `tokens` and forgets them.
    static func removePaths(of tokens: [Int]) {
        let removals = lock.withLock { tokens.compactMap { paths.removeValue(forKey: $0) } }
        for path in removals {
            // Moved aside first: a writer still filling a folder then fails, instead of adding files while it is
            // removed (which leaves it behind, not empty). The new name keeps a scratch name's owner.
            let aside = path + "-removing"
            try? FileManager.default.removeItem(atPath: rename(path, aside) == 0 ? aside : path)
        }
    }

    /// On SIGINT, SIGTERM and SIGHUP: clean up, then die of the same signal, so the exit status tells the caller.
    ///
    /// The handler only writes the signal's number to a pipe, which is safe in a handler; a thread of its
    /// own reads it and does the rest. A signal the process inherited as ignored (`nohup`, a background
    /// job) stays ignored.
    public static func installSignalHandlers() {
        lock.withLock {
            guard interruptWakeDescriptor < 0 else { return }
            var descriptors: [Int32] = [0, 0]
            guard pipe(&descriptors) == 0 else { return }
            _ = fcntl(descriptors[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(descriptors[1], F_SETFD, FD_CLOEXEC)
            interruptWakeDescriptor = descriptors[1]
            let reader = descriptors[0]
            Thread.detachNewThread {
                var number: UInt8 = 0
                while true {
                    let count = read(reader, &number, 1)
                    if count < 0 && errno == EINTR { continue }
                    guard count == 1 else { return }
                    lock.withLock { arrived = Int32(number) }
                    cleanUp()
                    signal(Int32(number), SIG_DFL)
                    raise(Int32(number))
                }
            }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                let previous = signal(number, interruptHandler)
                if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                    signal(number, SIG_IGN)
                }
            }
        }
    }
}

/// The pipe's writing end, set once before any handler is installed; -1 before.
nonisolated(unsafe) private var interruptWakeDescriptor: Int32 = -1

/// The signal handler: one write, which is async-signal-safe, wakes the cleanup thread.
private func interruptHandler(_ number: Int32) {
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(interruptWakeDescriptor, &byte, 1)
}
