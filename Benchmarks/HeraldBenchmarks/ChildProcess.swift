import Foundation
import Glibc

/// How one standard stream of a child is connected.
enum StreamConnection: Equatable {
    /// Shares the benchmark's own stream.
    case inherited
    /// Reads from or writes to /dev/null.
    case nullDevice
    /// A pipe whose other end the benchmark holds.
    case pipe
    /// Reads from the file at this path; standard input only.
    case file(String)
}

/// What a finished child left behind: how it ended, how long it took, and its peak memory.
struct ChildOutcome {
    /// The raw status from wait4(2).
    let status: Int32
    /// Wall-clock seconds from just before spawning to just after reaping.
    let seconds: Double
    /// ru_maxrss of this child from wait4(2), in KiB.
    let peakKiB: Int
    /// Standard output, when it was piped.
    let output: String

    /// Whether the child exited by itself with status 0.
    var succeeded: Bool {
        status == 0
    }

    /// "exit 3" or "signal 9", read from the status without the C macros Swift cannot import.
    var ending: String {
        status & 0x7F == 0 ? "exit \((status >> 8) & 0xFF)" : "signal \(status & 0x7F)"
    }
}

/// A program started with posix_spawnp(3), timed with CLOCK_MONOTONIC and reaped with wait4(2), whose rusage
/// belongs to that one child; RUSAGE_CHILDREN would mix in every earlier child.
final class ChildProcess {
    /// Program and arguments; the program is looked up on PATH.
    let arguments: [String]
    /// Write end of the child's standard input, when that is a pipe.
    let inputDescriptor: Int32?
    /// Read end of the child's standard output, when that is a pipe.
    private let outputDescriptor: Int32?
    /// The child's process id.
    private let pid: pid_t
    /// Monotonic seconds just before the spawn.
    private let started: Double

    /// Starts `arguments` with the given connections and extra environment; standard error is the benchmark's own.
    init(_ arguments: [String], input: StreamConnection = .nullDevice, output: StreamConnection = .nullDevice,
         environment extra: [String: String] = [:]) throws {
        self.arguments = arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var parentEnds: [Int32] = []
        var childEnds: [Int32] = []
        for (target, connection) in [(Int32(0), input), (Int32(1), output)] {
            switch connection {
            case .inherited:
                break
            case .nullDevice:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            case .file(let path):
                posix_spawn_file_actions_addopen(&actions, target, path, O_RDONLY, 0)
            case .pipe:
                var ends: [Int32] = [-1, -1]
                guard pipe(&ends) == 0 else {
                    let reason = String(cString: strerror(errno))
                    throw BenchmarkFailure("cannot create a pipe for \(arguments[0]): \(reason)")
                }
                let (childEnd, parentEnd) = target == 0 ? (ends[0], ends[1]) : (ends[1], ends[0])
                // Only the dup2 copy may survive exec: a stray copy of the pipe, here or in a later child,
                // would keep fast-import from seeing the end of its input.
                ends.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
                posix_spawn_file_actions_adddup2(&actions, childEnd, target)
                childEnds.append(childEnd)
                parentEnds.append(parentEnd)
            }
        }
        inputDescriptor = input == .pipe ? parentEnds.first : nil
        outputDescriptor = output == .pipe ? parentEnds.last : nil
        let argv = arguments.map { strdup($0) } + [nil]
        let variables = ProcessInfo.processInfo.environment.merging(extra) { _, given in given }
        let environment = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }
        var child: pid_t = 0
        started = Self.monotonicSeconds()
        let result = posix_spawnp(&child, arguments[0], &actions, nil, argv, environment)
        childEnds.forEach { close($0) }
        guard result == 0 else {
            parentEnds.forEach { close($0) }
            throw BenchmarkFailure("cannot start \(arguments[0]): \(String(cString: strerror(result)))")
        }
        pid = child
    }

    /// Reads piped output to its end, then reaps the child and returns how it ended.
    func wait() throws -> ChildOutcome {
        var output: [UInt8] = []
        if let outputDescriptor {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(outputDescriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    output.append(contentsOf: chunk[0..<count])
                } else if count == 0 || errno != EINTR {
                    break
                }
            }
            close(outputDescriptor)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else {
                throw BenchmarkFailure("cannot wait for \(arguments[0]): \(String(cString: strerror(errno)))")
            }
        }
        return ChildOutcome(status: status, seconds: Self.monotonicSeconds() - started, peakKiB: usage.ru_maxrss,
                            output: String(decoding: output, as: UTF8.self))
    }

    /// Runs `arguments` to the end and returns its standard output, or throws unless it exits with 0.
    static func capture(_ arguments: [String]) throws -> String {
        let outcome = try ChildProcess(arguments, output: .pipe).wait()
        guard outcome.succeeded else {
            throw BenchmarkFailure("`\(arguments.joined(separator: " "))` failed (\(outcome.ending))")
        }
        return outcome.output
    }

    /// Seconds on CLOCK_MONOTONIC, which wall-clock adjustments do not move.
    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1_000_000_000
    }
}
