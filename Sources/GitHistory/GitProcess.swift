import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs one git process and hands its standard output over as it arrives.
struct GitProcess {
    /// The repository folder, passed to git as `-C`.
    var directory: String
    /// Extra input written to git's standard input, if any.
    var input: Data? = nil
    /// Seconds git may write nothing before it is ended: generous, as a walk of a large history prints late.
    var silenceLimit: Double = 600

    /// Runs `git arguments` and returns its whole standard output; for small outputs only.
    func output(_ arguments: [String]) throws -> Data {
        var collected = Data()
        try stream(arguments) { chunk in collected.append(contentsOf: chunk) }
        return collected
    }

    /// Runs `git arguments` and calls `body` with each chunk of standard output as it is read.
    func stream(_ arguments: [String], _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["-C", directory] + arguments
        process.environment = GitEnvironment.variables
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        let command = "git " + arguments.prefix(3).joined(separator: " ")
        // waitUntilExit polls a run loop on Linux (tens of milliseconds); a semaphore wakes at once.
        let exited = DispatchSemaphore(value: 0)
        let registration = ChildRegistration()
        process.terminationHandler = { [registration] ended in
            registration.exited(ended.processIdentifier)
            exited.signal()
        }
        do {
            try process.run()
        } catch {
            throw GitHistoryError.cannotStartGit(command: command)
        }
        registration.started(process.processIdentifier)
        let errors = PipeDrain(stderr.fileHandleForReading)
        #if os(Linux)
        // A 1 MiB pipe lets git write in large chunks instead of waking both processes every 64 KiB.
        _ = fcntl(stdout.fileHandleForReading.fileDescriptor, 1031 /* F_SETPIPE_SZ */, 1 << 20)
        #endif
        if let input {
            let writer = stdin.fileHandleForWriting
            DispatchQueue.global().async {
                PipeWriter.write(input, to: writer.fileDescriptor)
                try? writer.close()
            }
        }
        var failure: Error?
        let fd = stdout.fileHandleForReading.fileDescriptor
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 1)
        defer { buffer.deallocate() }
        var silent = false
        while true {
            guard OutputWait.hasOutput(fd, within: silenceLimit) else {
                silent = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            if failure == nil {
                do { try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count])) } catch { failure = error }
            }
        }
        exited.wait()
        let message = errors.finish()
        if let failure { throw failure }
        if silent {
            throw GitHistoryError.silent(command: command, seconds: Int(silenceLimit), reading: nil)
        }
        guard process.terminationStatus == 0 else {
            throw exitError(of: command, standardError: message)
        }
    }

    /// The typed error for a git that exited with an error: the one place git's standard error decides a case.
    func exitError(of command: String, standardError: Data) -> GitHistoryError {
        let reason = Self.reason(fromStandardError: standardError)
        // git has no exit status of its own for "no repository here" (it exits 128 for every fatal error), so its
        // message is matched once, at the boundary where git's output is parsed; callers switch on the case.
        if reason.hasPrefix("not a git repository") { return .notARepository(path: directory) }
        return .gitFailed(command: command, reason: reason)
    }

    /// The first `git` on PATH, found once.
    static let executable: String = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "/usr/bin/git"
    }()

    /// The most telling line of git's standard error, without git's `fatal:` prefix.
    static func reason(fromStandardError data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map { String($0) }
        let line = lines.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.last ?? "git failed"
        var reason = line
        for prefix in ["fatal: ", "error: "] where reason.hasPrefix(prefix) {
            reason.removeFirst(prefix.count)
        }
        return reason.trimmingCharacters(in: .whitespaces)
    }
}

/// Reads a pipe to its end on a background thread, so a chatty process never blocks on it.
final class PipeDrain: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    /// Starts draining `handle`.
    init(_ handle: FileHandle) {
        DispatchQueue.global().async { [self] in
            let all = (try? handle.readToEnd()) ?? nil
            lock.withLock { data = all ?? Data() }
            done.signal()
        }
    }

    /// Waits for the end of the pipe and returns everything read.
    func finish() -> Data {
        done.wait()
        return lock.withLock { data }
    }
}
