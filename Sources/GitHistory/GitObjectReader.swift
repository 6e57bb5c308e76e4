import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads objects by name through one long-lived `git cat-file --batch` process.
///
/// Every file of every release tag is read through this one process: never a checkout, never a
/// process per file. A missing object (a partial clone without its blobs) is nil, not a failure.
public final class GitObjectReader {
    private let process = Process()
    private let input: FileHandle
    private let output: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var closed = false
    private let exited = DispatchSemaphore(value: 0)

    /// Starts the reader in `repository`.
    public init(repository: GitRepository) throws {
        let stdin = Pipe(), stdout = Pipe()
        process.executableURL = URL(fileURLWithPath: GitProcess.executable)
        process.arguments = ["-C", repository.path, "cat-file", "--batch"]
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        // waitUntilExit polls a run loop on Linux (tens of milliseconds); a semaphore wakes at once.
        process.terminationHandler = { [exited] _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw GitHistoryError(context: "git cat-file --batch", reason: "cannot start git (is git installed and on PATH?)")
        }
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading.fileDescriptor
    }

    deinit { close() }

    /// The objects named by `names` (`v1.2.0:deploy/a.yaml`, `v1.2.0^{tree}`, a full name), in order, nil where
    /// missing: one write of every request, then the answers.
    ///
    /// Round trips cost more than reading; a writer thread feeds git while this one reads, so
    /// neither side can fill its pipe and stall the other.
    public func read(batch names: [String]) throws -> [GitObject?] {
        guard !closed, !names.isEmpty else { return names.map { _ in nil } }
        let request = Data(names.map { ($0.contains("\n") ? "" : $0) + "\n" }.joined().utf8)
        let input = self.input
        let written = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? input.write(contentsOf: request)
            written.signal()
        }
        defer { written.wait() }
        var objects: [GitObject?] = []
        objects.reserveCapacity(names.count)
        for _ in names {
            let fields = try line().split(separator: " ")
            guard fields.count == 3, let size = Int(fields[2]) else {
                objects.append(nil)
                continue
            }
            let data = try bytes(size + 1)
            objects.append(GitObject(sha: String(fields[0]), type: String(fields[1]), data: Array(data.dropLast())))
        }
        return objects
    }

    /// Ends the process.
    public func close() {
        guard !closed else { return }
        closed = true
        try? input.close()
        exited.wait()
    }

    /// The next line of output, without its newline.
    private func line() throws -> String {
        var collected: [UInt8] = []
        while true {
            if position == buffer.count { try fill() }
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                collected += buffer[position..<newline]
                position = newline + 1
                return String(decoding: collected, as: UTF8.self)
            }
            collected += buffer[position...]
            position = buffer.count
        }
    }

    /// Exactly `count` bytes of output.
    private func bytes(_ count: Int) throws -> ArraySlice<UInt8> {
        var collected: [UInt8] = []
        collected.reserveCapacity(count)
        while collected.count < count {
            if position == buffer.count { try fill() }
            let take = min(count - collected.count, buffer.count - position)
            collected += buffer[position..<(position + take)]
            position += take
        }
        return collected[...]
    }

    /// Reads more output, failing if git has ended.
    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var count = 0
        repeat { count = chunk.withUnsafeMutableBytes { Glibc.read(output, $0.baseAddress, $0.count) } } while count < 0 && errno == EINTR
        guard count > 0 else { throw GitHistoryError(context: "git cat-file --batch", reason: "git ended before answering") }
        buffer = Array(chunk[0..<count])
        position = 0
    }
}
