import Foundation
import HeraldSupport
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock` that keeps two site builds from writing one output at the same time.
///
/// The lock is a file, `.NAME.herald-lock` beside the output, that the holder removes before it lets go,
/// so nothing is left behind. A build that opened the file just before it was removed would hold a lock
/// no one else sees; it notices that the path names another file, or none, and takes the lock again.
/// An output that is a mount point is locked on the folder itself, whose parent may be read-only.
final class SiteOutputLock {
    /// The locked file, or nil when the lock is on the output folder itself.
    let path: String?
    private var descriptor: Int32
    private var token: Int?

    /// How long a build waits for another one before it gives up.
    static let defaultTimeout: TimeInterval = 300

    /// Takes the lock on the file at `path`, made if missing, waiting at most `timeout` seconds for another build to finish.
    init(lockingFile path: String, timeout: TimeInterval) throws {
        self.path = path
        descriptor = -1
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard opened >= 0 else { throw SiteWriter.systemError(path, .createLockFile) }
            try Self.wait(for: opened, deadline: deadline, path: path)
            var held = stat(), named = stat()
            if fstat(opened, &held) == 0, stat(path, &named) == 0, held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                descriptor = opened
                // Only the holder may remove the file: an interrupted holder does, and a waiting build then locks a new one.
                token = InterruptCleanup.register(path: path)
                return
            }
            // The previous holder removed the file after this build opened it: the lock is on a file no one else sees.
            close(opened)
        }
    }

    /// Takes the lock on the folder `folder` itself, for an output that is replaced in place.
    init(lockingFolder folder: String, timeout: TimeInterval) throws {
        path = nil
        descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SiteWriter.systemError(folder, .openOutputFolder) }
        do {
            try Self.wait(for: descriptor, deadline: Date().addingTimeInterval(timeout), path: folder)
        } catch {
            close(descriptor)
            throw error
        }
    }

    /// Polls for the lock on `descriptor` until `deadline`; the descriptor is closed when it fails.
    private static func wait(for descriptor: Int32, deadline: Date, path: String) throws {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let failure = SiteWriter.systemError(path, .lockOutput)
                close(descriptor)
                throw failure
            }
            guard Date() < deadline else {
                close(descriptor)
                throw HeraldCLIError.siteOutputBusy(path: path)
            }
            usleep(20_000)
        }
    }

    /// Removes the lock file, then lets go of the lock; later calls do nothing.
    func release() {
        guard descriptor >= 0 else { return }
        if let path { unlink(path) }
        if let token { InterruptCleanup.unregister(token) }
        close(descriptor)
        descriptor = -1
    }

    deinit {
        release()
    }
}
