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
        guard !closed, !names.isEmpty else { return names.map { _ in nil } }
        var objects: [GitObject?] = []
        objects.reserveCapacity(names.count)
        while objects.count < names.count {
            let buffered = names.count - objects.count >= Self.bufferedBatch
            let running = try buffered ? start(buffered: true) : process ?? start(buffered: false)
            if !buffered { process = running }
            let wasFresh = running.answerCount == 0
            let answers = running.read(names[objects.count...])
            objects += answers
            guard running.hasEnded || buffered else { continue }
            running.close()
            if !buffered { process = nil }
            if running.wasSilent {
                // A buffered git holds answers back, so the name is the first unanswered one, not always the one git reads.
                throw GitHistoryError.silent(command: "git cat-file --batch", seconds: Int(silenceLimit), reading: names[objects.count])
            }
            guard objects.count < names.count else { break }
            // A process that ended between requests may have been ended from outside: ask a fresh one first.
            if answers.isEmpty && !wasFresh { continue }
            // git ended at the first object it did not answer: the one it could not read without fetching.
            objects.append(nil)
        }
        return objects
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
