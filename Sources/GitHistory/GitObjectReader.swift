import Foundation

/// Reads objects by name through a long-lived `git cat-file --batch` process.
///
/// Every file of every release tag is read through this one process: never a checkout, never a
/// process per file. A missing object (a partial clone without its blobs) is nil, not a failure:
/// git never fetches it, and where an older git ends at it instead of answering "missing", the
/// reader counts it missing and carries on with a new process.
public final class GitObjectReader {
    private let directory: String
    /// How git is started.
    private let launch: GitLaunch
    private let silenceLimit: Double
    private var process: CatFileProcess?
    private var closed = false

    /// Starts the reader in `repository`; git is given up on when it writes nothing for `silenceLimit` seconds while answers are due.
    public init(repository: GitRepository, silenceLimit: Double = 120) throws {
        directory = repository.path
        launch = repository.launch
        self.silenceLimit = silenceLimit
        process = try CatFileProcess(launch: launch, directory: directory, silenceLimit: silenceLimit)
    }

    deinit { close() }

    /// The objects named by `names` (`v1.2.0:deploy/a.yaml`, `v1.2.0^{tree}`, a full name), in order, nil where
    /// missing: one write of every request, then the answers.
    ///
    /// A large batch goes to a buffered git of its own, which writes its answers in blocks instead of one at a
    /// time; small ones go to the long-lived process, which costs no start.
    public func read(batch names: [String]) throws -> [GitObject?] {
        var objects: [GitObject?] = []
        objects.reserveCapacity(names.count)
        try read(batch: names) { objects.append($1) }
        return objects
    }

    /// `read(batch:)` giving each object to `each` with its name's offset as it arrives, so a large batch is never
    /// held whole; `names` may be a lazy collection whose names are made as they are sent. `each` cannot throw: a
    /// batch is read to its end.
    public func read<Names: RandomAccessCollection<String>>(batch names: Names, each: (Int, GitObject?) -> Void) throws where Names.Index == Int {
        guard !closed, !names.isEmpty else {
            names.indices.forEach { each($0 - names.startIndex, nil) }
            return
        }
        var done = 0
        while done < names.count {
            let buffered = names.count - done >= Self.bufferedBatch
            let running = try buffered ? start(buffered: true) : process ?? start(buffered: false)
            if !buffered { process = running }
            let wasFresh = running.answerCount == 0
            let answered = running.read(names[(names.startIndex + done)...]) { object in
                each(done, object)
                done += 1
            }
            guard running.hasEnded || buffered else { continue }
            running.close()
            if !buffered { process = nil }
            if running.wasSilent {
                // A buffered git holds answers back, so the name is the first unanswered one, not always the one git reads.
                throw GitHistoryError.silent(command: "git cat-file --batch", seconds: Int(silenceLimit), reading: names[names.startIndex + done])
            }
            guard done < names.count else { break }
            // A process that ended between requests may have been ended from outside: ask a fresh one first.
            if answered == 0 && !wasFresh { continue }
            // git ended at the first object it did not answer: the one it could not read without fetching.
            each(done, nil)
            done += 1
        }
    }

    /// Batches at least this large go to a buffered git: starting one costs about what flushing 200 answers one by one does.
    static let bufferedBatch = 256

    private func start(buffered: Bool) throws -> CatFileProcess {
        try CatFileProcess(launch: launch, directory: directory, silenceLimit: silenceLimit, buffered: buffered)
    }

    /// The running git's process id, nil between processes.
    var processIdentifier: Int32? { process?.processIdentifier }

    /// Ends the process.
    public func close() {
        guard !closed else { return }
        closed = true
        process?.close()
        process = nil
    }
}
