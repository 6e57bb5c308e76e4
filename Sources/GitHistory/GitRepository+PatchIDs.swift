import Foundation
import HeraldSupport

extension GitRepository {
    /// The `git patch-id --stable` of each of `commits` that has a patch (merges and empty commits have none), read
    /// with one `git log -p` whose output `git patch-id` reads as it comes; commit name → patch id.
    ///
    /// The diff passes through Herald a chunk at a time, so memory does not grow with the batch; a `git log` that
    /// fails (an object missing from the clone) fails the call, as it would read alone.
    public func patchIDs(of commits: [String]) throws -> [String: String] {
        let valid = commits.filter(Self.isObjectName)
        guard !valid.isEmpty else { return [:] }
        let diff = git(input: Data((valid.joined(separator: "\n") + "\n").utf8))
        let logFailure = Locked<(any Error)?>(nil)
        var patches = git()
        patches.inputSource = { descriptor in
            // Once patch-id has gone, the rest of the diff is read and dropped, so git log still ends.
            var open = true
            do {
                try diff.stream(
                    ["-c", "log.showSignature=false", "log", "--no-walk=unsorted", "--stdin", "-p", "--no-color", "--no-ext-diff",
                     "--no-renames", "--format=commit %H"]
                ) { chunk in
                    if open { open = PipeWriter.write(chunk, to: descriptor) }
                }
            } catch {
                logFailure.set(error)
            }
        }
        let answer: Data
        do {
            answer = try patches.output(["patch-id", "--stable"])
        } catch {
            // git log's failure is the cause when both fail: patch-id only saw its input end.
            throw logFailure.get() ?? error
        }
        if let failure = logFailure.get() { throw failure }
        var result: [String: String] = [:]
        for line in answer.split(separator: 0x0A) {
            let fields = line.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 2, Self.isObjectName(fields[1]), fields[0].allSatisfy(\.isHexDigit) else { continue }
            result[fields[1]] = fields[0]
        }
        return result
    }

    /// `patchIDs(of:)` in batches of `batch` commits (by default half of them, so both cores diff, within
    /// `patchIDBatchRange`), reading around commits whose objects are missing (a partial or damaged clone): a batch
    /// git cannot diff is split in halves, at most `maximumRuns` splits in all; returns how many commits went unread.
    ///
    /// Each batch costs a `git log` start and a cold object cache, so batches are large; the bound keeps what a
    /// failing batch costs again small.
    public func patchIDsSkippingUnreadable(
        of commits: [String], maximumRuns: Int = 32, batch: Int? = nil
    ) throws -> (ids: [String: String], unread: Int) {
        let size = batch ?? min(max((commits.count + 1) / 2, Self.patchIDBatchRange.lowerBound), Self.patchIDBatchRange.upperBound)
        var ids: [String: String] = [:]
        var unread = 0
        var batches = stride(from: 0, to: commits.count, by: max(1, size)).reversed().map {
            Array(commits[$0..<min($0 + max(1, size), commits.count)])
        }
        var runs = -batches.count
        while let batch = batches.popLast() {
            guard runs < maximumRuns else { unread += batch.count; continue }
            runs += 1
            // Diffing is git's work, one core each: the next batch runs beside this one when the runs allow it.
            let second = runs < maximumRuns ? batches.popLast() : nil
            if second != nil { runs += 1 }
            let (first, beside) = try second.map { pair in
                try SideBySide.run({ Result { try patchIDs(of: batch) } }, beside: { Result { try patchIDs(of: pair) } })
            } ?? (Result { try patchIDs(of: batch) }, nil)
            var failed: [[String]] = []
            for (read, ran) in [(first, batch), (beside, second)] {
                guard let read, let ran else { continue }
                do {
                    ids.merge(try read.get()) { first, _ in first }
                } catch let error as GitHistoryError {
                    guard case .gitFailed = error else { throw error }
                    if ran.count == 1 { unread += 1; continue }
                    failed.append(ran)
                }
            }
            // Halves of a failed batch are read next, in the order the batches came.
            for ran in failed.reversed() {
                let half = ran.count / 2
                batches.append(Array(ran[half...]))
                batches.append(Array(ran[..<half]))
            }
        }
        return (ids, unread)
    }

    /// How many commits one `git log -p` diffs for patch ids, at least and at most, when the caller names no batch.
    public static let patchIDBatchRange = 200...5_000

    /// Commits with more changed files than this are never diffed for patch ids: vendored dependency bumps.
    public static let patchIDMaximumFiles = 50
}
