import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for a child's output with a limit, the last resort against a git blocked for good.
///
/// git can block where no option reaches it: an object file that is a FIFO, or storage that stopped
/// answering. Herald then ends git rather than wait forever; any output, however slow, resets the wait.
package enum OutputWait {
    /// Whether `descriptor` has something to read, or has reached its end, within `seconds`.
    package static func hasOutput(_ descriptor: Int32, within seconds: Double) -> Bool {
        let deadline = DispatchTime.now() + seconds
        while true {
            let left = Double(deadline.uptimeNanoseconds) - Double(DispatchTime.now().uptimeNanoseconds)
            guard left > 0 else { return false }
            var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&watched, 1, Int32(min(left / 1_000_000, Double(Int32.max))))
            // An error other than an interruption is left for read() to report.
            if ready > 0 || (ready < 0 && errno != EINTR) { return true }
        }
    }

    /// How much of an output is read before `gather` starts pausing: short outputs are never held up.
    package static let longOutput = 1 << 20

    /// Pauses for a moment when less than 64 KiB waits in `descriptor`'s pipe, so a long output is read in large
    /// chunks: git writes through 4 KiB buffers, and waking for each costs a poll, a read and two context switches.
    ///
    /// At git's pace hundreds of kilobytes arrive meanwhile, and the pipe holds far more, so git never waits for it.
    package static func gather(_ descriptor: Int32) {
        var waiting: Int32 = 0
        if ioctl(descriptor, UInt(FIONREAD), &waiting) == 0, waiting < 1 << 16 { usleep(300) }
    }
}
