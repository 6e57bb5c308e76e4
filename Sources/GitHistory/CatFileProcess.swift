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
///
/// An interactive process flushes each answer and answers batch after batch. A buffered one
/// (`--buffer`) answers a single batch: its input is closed once written, so git fills its output
/// buffer instead of writing and waking Herald once per object.
final class CatFileProcess {
    private let process = ChildProcess()
    private let input: FileHandle
    private let output: Int32
    /// Output read but not yet taken: `buffer[position..<filled]`; the buffer is reused by every read.
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var filled = 0
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
    /// Whether this process answers one batch, its input closed once the batch is written.
    let isBuffered: Bool
    /// Whether the writer closed git's input after a buffered batch.
    private var inputClosed = false
    /// Bytes of output read so far.
    private var totalRead = 0

    /// Starts `git cat-file --batch` in `directory`, to be ended after `silenceLimit` seconds without output while
    /// answers are due; a `buffered` process answers one batch only.
    init(launch: GitLaunch, directory: String, silenceLimit: Double, buffered: Bool = false) throws {
        self.silenceLimit = silenceLimit
        isBuffered = buffered
        let stdin = Pipe(), stdout = Pipe()
        process.executableURL = URL(fileURLWithPath: launch.executable)
        process.arguments = ["-C", directory, "cat-file", "--batch"] + (buffered ? ["--buffer"] : [])
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
        #if os(Linux)
        // A buffered batch is read in large chunks (see `fill`): a 1 MiB pipe lets git go on writing meanwhile.
        if buffered { _ = fcntl(output, 1031 /* F_SETPIPE_SZ */, 1 << 20) }
        #endif
    }

    deinit { close() }

    /// The answers to `names`, in order, each given to `each` as it arrives, nil where missing; returns how many
    /// were answered, fewer than `names` when git ended before answering them all.
    ///
    /// Round trips cost more than reading; a writer thread feeds git while this one reads, so
    /// neither side can fill its pipe and stall the other. `each` cannot throw: git must be read to the end of the
    /// batch, or the writer would wait on a full pipe.
    func read<Names: Collection<String>>(_ names: Names, each: (GitObject?) -> Void) -> Int {
        guard !hasEnded, !inputClosed, !names.isEmpty else { return 0 }
        let request = Self.request(names)
        let descriptor = input.fileDescriptor
        let written = DispatchSemaphore(value: 0)
        let closesInput = isBuffered
        DedicatedThread.start { [input] in
            PipeWriter.write(request, to: descriptor)
            // End of input is what makes a buffered git write out its last answers.
            if closesInput { try? input.close() }
            written.signal()
        }
        if closesInput { inputClosed = true }
        defer { written.wait() }
        var answered = 0
        defer { answerCount += answered }
        for _ in names {
            guard let header = line() else { break }
            // "<name> <type> <size>", or "<request> missing" (and "ambiguous"), whose request may hold spaces.
            let fields = header.split(separator: 0x20)
            guard fields.count == 3, let size = Int(String(decoding: fields[2], as: UTF8.self)), size >= 0 else {
                answered += 1
                each(nil)
                continue
            }
            guard let data = bytes(size), bytes(1) != nil else { break }
            answered += 1
            each(GitObject(sha: String(decoding: fields[0], as: UTF8.self), type: String(decoding: fields[1], as: UTF8.self), data: data))
        }
        return answered
    }

    /// One line per name, written straight into the request's bytes; a name holding a newline, which git would read
    /// as two requests, is sent as an empty line and answered missing. Each name is taken once: a lazy collection
    /// makes its names as they are taken, so measuring them first would make them twice.
    static func request<Names: Collection<String>>(_ names: Names) -> Data {
        var request = Data()
        for name in names {
            if !name.utf8.contains(0x0A) { request.append(contentsOf: name.utf8) }
            request.append(0x0A)
        }
        return request
    }

    /// The child's process id.
    var processIdentifier: Int32 { process.processIdentifier }

    /// Ends the process and waits for it.
    func close() {
        guard !closed else { return }
        closed = true
        if !inputClosed { try? input.close() }
        process.waitUntilExit()
    }

    /// The next line of output without its newline, or nil when git has ended.
    private func line() -> [UInt8]? {
        var collected: [UInt8] = []
        while true {
            if position == filled, !fill() { return nil }
            if let newline = buffer[position..<filled].firstIndex(of: 0x0A) {
                collected += buffer[position..<newline]
                position = newline + 1
                return collected
            }
            collected += buffer[position..<filled]
            position = filled
        }
    }

    /// Exactly `count` bytes of output, or nil when git ended first.
    private func bytes(_ count: Int) -> [UInt8]? {
        var collected: [UInt8] = []
        collected.reserveCapacity(count)
        while collected.count < count {
            if position == filled, !fill() { return nil }
            let take = min(count - collected.count, filled - position)
            collected += buffer[position..<(position + take)]
            position += take
        }
        return collected
    }

    /// Reads more output into the buffer; false once git's output has ended or git was ended for its silence.
    private func fill() -> Bool {
        // A last resort: an object file that never opens (a FIFO, a stalled network disk) blocks git for good.
        guard OutputWait.hasOutput(output, within: silenceLimit) else {
            wasSilent = true
            kill(process.processIdentifier, SIGKILL)
            hasEnded = true
            return false
        }
        // Only a buffered batch: an interactive answer is awaited by its caller.
        if isBuffered, totalRead >= OutputWait.longOutput { OutputWait.gather(output) }
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { Foundation.read(output, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        guard count > 0 else {
            hasEnded = true
            return false
        }
        totalRead += count
        filled = count
        position = 0
        return true
    }
}
