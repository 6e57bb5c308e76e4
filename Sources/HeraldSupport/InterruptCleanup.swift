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
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

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

    /// Ends every registered child and removes every registered path, now.
    public static func cleanUp() {
        let (pids, removals) = lock.withLock { (children, Array(paths.values)) }
        for pid in pids { kill(pid, SIGTERM) }
        for path in removals { try? FileManager.default.removeItem(atPath: path) }
    }

    /// On SIGINT, SIGTERM and SIGHUP: clean up, then die of the same signal, so the exit status tells the caller.
    public static func installSignalHandlers() {
        lock.withLock {
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    cleanUp()
                    signal(number, SIG_DFL)
                    raise(number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
