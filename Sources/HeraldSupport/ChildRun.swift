import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a child process to its end: standard output streamed to the caller, standard error collected in full.
///
/// Standard error is drained and standard input fed on threads of their own, so a child that fills any
/// pipe never deadlocks against the reader. `ChildProcess` keeps it registered with `InterruptCleanup` while it runs.
public struct ChildRun: Sendable {
    /// The absolute path of the program to start.
    public var executable: String
    /// The arguments after the program's name.
    public var arguments: [String]
    /// The child's working directory; nil keeps Herald's own.
    public var directory: String?
    /// The complete environment the child gets; nothing else is inherited.
    public var environment: [String: String]
    /// Bytes written to standard input, which is then closed; nil gives the child an empty standard input.
    public var input: Data?
    /// Writes standard input instead of `input`, on a thread of its own, while the child runs: for input made as it
    /// goes, such as another child's output. It is given the pipe's descriptor, which is closed when it returns, and
    /// `run` returns only after it has; it should stop writing, not stop returning, once a write fails.
    public var inputSource: (@Sendable (Int32) -> Void)?
    /// Seconds the child may write nothing to standard output before it is killed; nil waits for ever.
    public var silenceLimit: Double?

    /// Describes a run; nothing starts until `run`.
    public init(
        executable: String,
        arguments: [String],
        directory: String? = nil,
        environment: [String: String],
        input: Data? = nil,
        silenceLimit: Double? = nil
    ) {
        self.executable = executable
        self.arguments = arguments
        self.directory = directory
        self.environment = environment
        self.input = input
        self.silenceLimit = silenceLimit
    }

    /// Runs the child to its end and returns its whole standard output with its ending; for small outputs.
    public func run() throws -> (output: Data, ending: ChildProcessEnding) {
        var collected = Data()
        let ending = try run { chunk in collected.append(contentsOf: chunk) }
        return (collected, ending)
    }

    /// Runs the child to its end, calling `body` with each chunk of standard output as it is read.
    ///
    /// A chunk is valid only during the call. Should `body` throw, the rest of the output is read and
    /// dropped, and the error is rethrown once the child has ended.
    @discardableResult
    public func run(streaming body: (UnsafeRawBufferPointer) throws -> Void) throws -> ChildProcessEnding {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        let stdin = input != nil || inputSource != nil ? Pipe() : nil
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ChildProcessError.cannotStart(executable: executable, reason: "\(error)")
        }
        let errors = PipeDrain(stderr.fileHandleForReading)
        #if os(Linux)
        // A 1 MiB pipe lets the child write in large chunks instead of waking both processes every 64 KiB.
        _ = fcntl(stdout.fileHandleForReading.fileDescriptor, 1031 /* F_SETPIPE_SZ */, 1 << 20)
        #endif
        // A source is waited for before returning, so whatever it found out (its own failure) is known then.
        let fed = DispatchSemaphore(value: 0)
        if let writer = stdin?.fileHandleForWriting {
            let input = input, source = inputSource
            DedicatedThread.start {
                if let source { source(writer.fileDescriptor) } else if let input { PipeWriter.write(input, to: writer.fileDescriptor) }
                try? writer.close()
                fed.signal()
            }
        }
        var failure: Error?
        let silent = read(stdout.fileHandleForReading.fileDescriptor, killing: process.processIdentifier) { chunk in
            guard failure == nil else { return }
            do { try body(chunk) } catch { failure = error }
        }
        process.waitUntilExit()
        let standardError = errors.finish()
        if inputSource != nil { fed.wait() }
        if let failure { throw failure }
        let termination: ChildProcessTermination
        if silent {
            termination = .silence
        } else if process.terminationReason == .uncaughtSignal {
            termination = .signal(process.terminationStatus)
        } else {
            termination = .exit(process.terminationStatus)
        }
        return ChildProcessEnding(termination: termination, standardError: standardError)
    }

    /// Reads `descriptor` to its end into `body`; true when the child `pid` was killed for its silence instead.
    private func read(_ descriptor: Int32, killing pid: Int32, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 1)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            if let silenceLimit, !OutputWait.hasOutput(descriptor, within: silenceLimit) {
                kill(pid, SIGKILL)
                return true
            }
            if total >= OutputWait.longOutput { OutputWait.gather(descriptor) }
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return false }
            total += count
            body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// The first executable `name` in the folders of `path` (a `PATH` value), else `/usr/bin/name`.
    public static func locate(_ name: String, searching path: String?) -> String {
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "/usr/bin/\(name)"
    }
}
