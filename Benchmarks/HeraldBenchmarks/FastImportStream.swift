import Glibc

/// One file that a commit writes, with its whole new content.
struct FileChange {
    /// Path inside the repository.
    let path: String
    /// The file's bytes, as text.
    let content: String
}

/// Writes `git fast-import` commands to a pipe through a buffer, so one process takes the whole history.
final class FastImportStream {
    /// Write end of the pipe to fast-import's standard input.
    private let descriptor: Int32
    /// Commands not yet written.
    private var buffer: [UInt8] = []
    /// Mark of the last commit written; marks count commits from 1.
    private(set) var lastMark = 0
    /// Tags written so far, annotated and lightweight.
    private(set) var tagCount = 0
    /// Whether the pipe is still open.
    private var isOpen = true

    /// How much is gathered before one write(2).
    private static let flushThreshold = 1 << 20

    /// Wraps the pipe's write end, which `close()` closes.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.flushThreshold + 64 * 1024)
    }

    /// Writes a commit on `ref` and returns its mark.
    func commit(ref: String, author: Person, committer: Person, time: Int, message: String,
                from parent: Int?, merge mergeParent: Int? = nil, files: [FileChange]) throws -> Int {
        lastMark += 1
        append("commit \(ref)\nmark :\(lastMark)\n")
        append("author \(author.name) <\(author.email)> \(time) \(author.zone)\n")
        append("committer \(committer.name) <\(committer.email)> \(time) \(committer.zone)\n")
        appendData(message)
        if let parent {
            append("from :\(parent)\n")
        }
        if let mergeParent {
            append("merge :\(mergeParent)\n")
        }
        for file in files {
            append("M 100644 inline \(file.path)\n")
            appendData(file.content)
        }
        append("\n")
        try flushIfFull()
        return lastMark
    }

    /// Writes an annotated tag object pointing at a commit mark.
    func annotatedTag(_ name: String, at mark: Int, tagger: Person, time: Int, message: String) throws {
        tagCount += 1
        append("tag \(name)\nfrom :\(mark)\ntagger \(tagger.name) <\(tagger.email)> \(time) \(tagger.zone)\n")
        // Unlike a commit, a tag takes no blank line after its message.
        appendData(message)
        try flushIfFull()
    }

    /// Points `ref` at a commit mark without a tag object; used for lightweight tags and new branches.
    func reset(_ ref: String, to mark: Int, countsAsTag: Bool) throws {
        if countsAsTag {
            tagCount += 1
        }
        append("reset \(ref)\nfrom :\(mark)\n\n")
        try flushIfFull()
    }

    /// Ends the stream with `done` (fast-import runs with --done, so a cut stream fails) and closes the pipe.
    func close() throws {
        append("done\n")
        defer { abandon() }
        try flush()
    }

    /// Closes the pipe without `done`, so that fast-import stops with an error instead of waiting for more.
    func abandon() {
        if isOpen {
            Glibc.close(descriptor)
            isOpen = false
        }
    }

    /// Adds a `data` command; its length counts bytes, not characters.
    private func appendData(_ text: String) {
        append("data \(text.utf8.count)\n")
        append(text)
        append("\n")
    }

    /// Adds text to the buffer.
    private func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Writes the buffer once it holds enough.
    private func flushIfFull() throws {
        if buffer.count >= Self.flushThreshold {
            try flush()
        }
    }

    /// Writes the whole buffer, resuming after short writes and interrupts.
    private func flush() throws {
        var written = 0
        while written < buffer.count {
            let result = buffer.withUnsafeBytes { bytes in
                write(descriptor, bytes.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR {
                    continue
                }
                let reason = String(cString: strerror(errno))
                throw BenchmarkFailure("git fast-import stopped reading its input (\(reason))")
            }
            written += result
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
