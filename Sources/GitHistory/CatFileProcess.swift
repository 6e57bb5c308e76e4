import Foundation
import HeraldSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One running `git cat-file --batch`, answering requests until it ends.
///
/// git ends at an object it cannot read, such as one a partial clone would have to fetch; the
/// answers before it are kept and `hasEnded` tells the caller to start another process.
final class CatFileProcess {
    private let process = ChildProcess()
    private let input: FileHandle
    private let output: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var closed = false
    /// Whether git's output has ended: no further answer will come.
    private(set) var hasEnded = false
    /// How many requests were answered, missing objects included.
    private(set) var answerCount = 0
    /// Whether git was ended because it wrote nothing for `silenceLimit` seconds while answers were due.
    private(set) var wasSilent = false
    /// Seconds git may write nothing while answers are due before it is ended.
    private let silenceLimit: Double

    /// Starts `git cat-file --batch` in `directory`, to be ended after `silenceLimit` seconds without output while answers are due.
    init(launch: GitLaunch, directory: String, silenceLimit: Double) throws {
        self.silenceLimit = silenceLimit
        let stdin = Pipe(), stdout = Pipe()
        process.executableURL = URL(fileURLWithPath: launch.executable)
        process.arguments = ["-C", directory, "cat-file", "--batch"]
        process.environment = launch.environment
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw GitHistoryError.cannotStartGit(command: "git cat-file --batch")
        }
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading.fileDescriptor
    }

    deinit { close() }

    /// The answers to `names`, in order, nil where missing; fewer than `names` when git ended before answering them all.
    ///
    /// Round trips cost more than reading; a writer thread feeds git while this one reads, so
    /// neither side can fill its pipe and stall the other.
    func read(_ names: ArraySlice<String>) -> [GitObject?] {
        guard !hasEnded, !names.isEmpty else { return [] }
        let request = Data(names.map { ($0.contains("\n") ? "" : $0) + "\n" }.joined().utf8)
        let descriptor = input.fileDescriptor
        let written = DispatchSemaphore(value: 0)
        DedicatedThread.start {
            PipeWriter.write(request, to: descriptor)
            written.signal()
        }
        defer { written.wait() }
        var objects: [GitObject?] = []
        objects.reserveCapacity(names.count)
        defer { answerCount += objects.count }
        for _ in names {
            guard let header = line() else { break }
            let fields = header.split(separator: " ")
            guard fields.count == 3, let size = Int(fields[2]), size >= 0 else {
                objects.append(nil)
                continue
            }
            guard let data = bytes(size + 1) else { break }
            objects.append(GitObject(sha: String(fields[0]), type: String(fields[1]), data: Array(data.dropLast())))
        }
        return objects
    }

    /// The child's process id.
    var processIdentifier: Int32 { process.processIdentifier }

    /// Ends the process and waits for it.
    func close() {
        guard !closed else { return }
        closed = true
        try? input.close()
        process.waitUntilExit()
    }

    /// The next line of output without its newline, or nil when git has ended.
    private func line() -> String? {
        var collected: [UInt8] = []
        while true {
            if position == buffer.count, !fill() { return nil }
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                collected += buffer[position..<newline]
                position = newline + 1
                return String(decoding: collected, as: UTF8.self)
            }
            collected += buffer[position...]
            position = buffer.count
        }
    }

    /// Exactly `count` bytes of output, or nil when git ended first.
    private func bytes(_ count: Int) -> ArraySlice<UInt8>? {
        var collected: [UInt8] = []
        collected.reserveCapacity(count)
        while collected.count < count {
            if position == buffer.count, !fill() { return nil }
            let take = min(count - collected.count, buffer.count - position)
            collected += buffer[position..<(position + take)]
            position += take
        }
        return collected[...]
    }

    /// Reads more output; false once git's output has ended or git was ended for its silence.
    private func fill() -> Bool {
        // A last resort: an object file that never opens (a FIFO, a stalled network disk) blocks git for good.
        guard OutputWait.hasOutput(output, within: silenceLimit) else {
            wasSilent = true
            kill(process.processIdentifier, SIGKILL)
            hasEnded = true
            return false
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var count = 0
        repeat {
            count = chunk.withUnsafeMutableBytes { Foundation.read(output, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        guard count > 0 else {
            hasEnded = true
            return false
        }
        buffer = Array(chunk[0..<count])
        position = 0
        return true
    }
}
