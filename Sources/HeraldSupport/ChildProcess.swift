import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn`, with the part of `Foundation.Process`'s interface Herald uses.
///
/// Foundation's `Process.run()` on Linux reads past a buffer while it lists `/proc/self/fd`, and crashes now
/// and then (swift-corelibs-foundation PR 5472, Swift 6.3.1): a run of Herald that starts many git processes,
/// and a test suite most of all, hit it. Spawning directly avoids that code altogether.
public final class ChildProcess: @unchecked Sendable {
    /// How the child ended.
    public enum TerminationReason: Sendable, Equatable {
        /// It exited with `terminationStatus`.
        case exit
        /// A signal, `terminationStatus`, ended it.
        case uncaughtSignal
    }

    /// The program to run.
    public var executableURL: URL?
    /// Its arguments, without the program itself.
    public var arguments: [String] = []
    /// Its complete environment; nil passes this process's own.
    public var environment: [String: String]?
    /// The folder it starts in; nil keeps this process's.
    public var currentDirectoryURL: URL?
    /// A `Pipe` or `FileHandle` for its standard input; nil leaves this process's.
    public var standardInput: Any?
    /// A `Pipe` or `FileHandle` for its standard output; nil leaves this process's.
    public var standardOutput: Any?
    /// A `Pipe` or `FileHandle` for its standard error; nil leaves this process's.
    public var standardError: Any?
    /// Called once, on a thread of its own, when the child has ended.
    public var terminationHandler: (@Sendable (ChildProcess) -> Void)?

    private let lock = NSLock()
    // Guarded by `lock`.
    private var pid: pid_t = 0
    private var status: Int32?
    private let ended = DispatchSemaphore(value: 0)
    // Every child is registered while it runs, so an interrupted Herald ends it.
    private let registration = ChildRegistration()

    /// Creates a process that has not started.
    public init() {}

    /// The child's process id, 0 before it starts.
    public var processIdentifier: Int32 { lock.withLock { pid } }

    /// Whether it started and has not ended.
    public var isRunning: Bool { lock.withLock { pid != 0 && status == nil } }

    /// The exit status, or the number of the signal that ended it; 0 while it runs.
    public var terminationStatus: Int32 {
        guard let status = lock.withLock({ status }) else { return 0 }
        return Self.exited(status) ? (status >> 8) & 0xFF : status & 0x7F
    }

    /// Whether it exited or a signal ended it.
    public var terminationReason: TerminationReason {
        guard let status = lock.withLock({ status }) else { return .exit }
        return Self.exited(status) ? .exit : .uncaughtSignal
    }

    /// Asks the child to end (SIGTERM), when it runs.
    public func terminate() {
        let running = lock.withLock { pid != 0 && status == nil ? pid : 0 }
        if running != 0 { kill(running, SIGTERM) }
    }

    /// Waits for the child to end.
    public func waitUntilExit() {
        ended.wait()
        ended.signal()
    }

    /// Starts the child; throws a `CocoaError` with the system's error when it cannot.
    public func run() throws {
        guard let executable = executableURL?.path else { throw CocoaError(.fileNoSuchFile) }
        let spawned = try ProcessSpawn(
            executable: executable, arguments: arguments, environment: environment ?? ProcessInfo.processInfo.environment,
            directory: currentDirectoryURL?.path,
            streams: [Self.descriptor(standardInput, reading: true), Self.descriptor(standardOutput, reading: false), Self.descriptor(standardError, reading: false)]
        ).start()
        lock.withLock { pid = spawned }
        registration.started(spawned)
        // The child's ends of pipes belong to it now; keeping them open here would hide its end of file.
        Self.closeChildEnd(standardInput, reading: true)
        Self.closeChildEnd(standardOutput, reading: false)
        Self.closeChildEnd(standardError, reading: false)
        Thread.detachNewThread { [self] in
            var result: Int32 = 0
            while waitpid(spawned, &result, 0) < 0 && errno == EINTR {}
            registration.exited(spawned)
            lock.withLock { status = result }
            terminationHandler?(self)
            ended.signal()
        }
    }

    /// The descriptor the child gets for one stream: the pipe's far end, the handle's own, or nil to inherit.
    static func descriptor(_ stream: Any?, reading: Bool) -> Int32? {
        switch stream {
        case let pipe as Pipe: return reading ? pipe.fileHandleForReading.fileDescriptor : pipe.fileHandleForWriting.fileDescriptor
        case let handle as FileHandle: return handle.fileDescriptor
        default: return nil
        }
    }

    /// Closes this process's copy of the end of `stream` the child uses, when it is a pipe.
    static func closeChildEnd(_ stream: Any?, reading: Bool) {
        guard let pipe = stream as? Pipe else { return }
        try? (reading ? pipe.fileHandleForReading : pipe.fileHandleForWriting).close()
    }

    /// Whether a wait status says the child exited rather than died of a signal.
    static func exited(_ status: Int32) -> Bool { status & 0x7F == 0 }
}
