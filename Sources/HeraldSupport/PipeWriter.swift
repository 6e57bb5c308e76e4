import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to a child's standard input without letting a child that already ended kill Herald with SIGPIPE.
///
/// git ends early when it fails, for example at an object it may not fetch. Writing to its pipe then
/// raises SIGPIPE, whose default action ends the whole process. The signal is blocked on the writing
/// thread only, so the write fails with EPIPE instead, and the pending signal is taken before unblocking.
package enum PipeWriter {
    /// Writes all of `data` to `descriptor`; false when the reader is gone or the write failed.
    @discardableResult
    package static func write(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { write($0, to: descriptor) }
    }

    /// Writes all of `bytes` to `descriptor`; false when the reader is gone or the write failed.
    @discardableResult
    package static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        #if os(Linux)
        var pipeSignal = sigset_t(), previous = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        #else
        _ = fcntl(descriptor, F_SETNOSIGPIPE, 1)
        #endif
        var failure: Int32 = 0
        if let base = bytes.baseAddress {
            var offset = 0
            while offset < bytes.count, failure == 0 {
                let count = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if count > 0 {
                    offset += count
                } else if count < 0 && errno != EINTR {
                    failure = errno
                } else if count == 0 {
                    failure = EIO
                }
            }
        }
        #if os(Linux)
        if failure == EPIPE {
            var immediately = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&pipeSignal, nil, &immediately)
        }
        #endif
        return failure == 0
    }
}
