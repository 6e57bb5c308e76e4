import Foundation
import HeraldSupport

extension GitRepository {
    /// The `git patch-id --stable` of each of `commits` that has a patch (merges and empty commits have none), read
    /// with one `git log -p` whose output `git patch-id` reads; commit name → patch id.
    ///
    /// Only commits with `maximumFiles` changed files or fewer should be asked for: the whole diff passes through memory.
    public func patchIDs(of commits: [String]) throws -> [String: String] {
        let valid = commits.filter(Self.isObjectName)
        guard !valid.isEmpty else { return [:] }
        let diff = try git(input: Data((valid.joined(separator: "\n") + "\n").utf8)).output(
            ["-c", "log.showSignature=false", "log", "--no-walk=unsorted", "--stdin", "-p", "--no-color", "--no-ext-diff",
             "--no-renames", "--format=commit %H"]
        )
        let answer = try git(input: diff).output(["patch-id", "--stable"])
        var result: [String: String] = [:]
        for line in answer.split(separator: 0x0A) {
            let fields = line.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 2, Self.isObjectName(fields[1]), fields[0].allSatisfy(\.isHexDigit) else { continue }
            result[fields[1]] = fields[0]
        }
        return result
    }

    /// `patchIDs(of:)` in batches of `batch` commits, reading around commits whose objects are missing (a
    /// partial or damaged clone): a batch git cannot diff is split in halves, at most `maximumRuns` splits in all;
    /// returns how many commits went unread.
    ///
    /// Batches bound memory: the diffs of a batch pass through Herald on their way to `git patch-id`, and one
    /// `git log -p` of a thousand commits grows past 100 MiB.
    public func patchIDsSkippingUnreadable(
        of commits: [String], maximumRuns: Int = 32, batch size: Int = patchIDBatch
    ) throws -> (ids: [String: String], unread: Int) {
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

    /// How many commits one `git log -p` diffs for patch ids.
    public static let patchIDBatch = 200

    /// Commits with more changed files than this are never diffed for patch ids: vendored dependency bumps.
    public static let patchIDMaximumFiles = 50
}
