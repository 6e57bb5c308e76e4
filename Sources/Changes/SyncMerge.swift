import GitHistory

/// A first-parent merge that synced another line into this one, read as the pull requests it brought.
///
/// A merge is a sync when its far side carries pull requests that were merged somewhere else, which a feature
/// PR never does (a feature branch that merged main only holds main's PRs that the base already reaches, so
/// they are not in `merged`):
/// - a merge without a PR in its subject (`Merge branch 'master' into release-1.0`, `Merge remote-tracking
///   branch …`), other than a security-advisory `Merge commit from fork`, whose far side holds a PR merge or a
///   `Title (#N)` squash commit;
/// - a PR merge whose far side holds a real two-parent `Merge pull request` commit, or whose source branch is
///   a default branch (`main`, `master`, …) and whose far side holds a squash commit. A PR from any other branch
///   whose far side holds only `Title (#N)` commits is a backport of cherry-picks and stays one change.
struct SyncMerge {
    /// A far-side commit with the commits it alone brought in.
    typealias Arrival = (commit: Commit, merged: [Commit])

    /// The pull requests brought in, newest first, each with the commits it merged.
    var pullRequests: [Arrival]

    /// Nesting deeper than this is read as ordinary merges: hostile history must not exhaust the stack.
    static let maximumDepth = 32

    /// Reads `commit` as a sync of `merged`, or nil for an ordinary merge (which costs only `mightSync`).
    init?(_ commit: Commit, merged: [Commit]) {
        guard Self.mightSync(commit, merged: merged) else { return nil }
        // Vendored subtree history is another repository's: its `Merge pull request` commits are not ours.
        let own = ArrivedChange.ownCommits(merged)
        let pool = Dictionary(own.enumerated().map { ($1.sha, $0) }, uniquingKeysWith: { first, _ in first })
        var found: [Arrival] = []
        Self.collect(Self.line(from: commit, pool: pool, commits: own), depth: 0, into: &found)
        guard !found.isEmpty else { return nil }
        pullRequests = found
    }

    /// Whether `commit`'s shape and its far side's subjects allow a sync; ordinary merges cost one pass over `merged`
    /// that compares a parent count and a last byte, and their own subject is not parsed.
    static func mightSync(_ commit: Commit, merged: [Commit]) -> Bool {
        guard commit.isMerge, !merged.isEmpty else { return false }
        let pullRequestMerges = merged.contains(where: isPullRequestMerge)
        guard pullRequestMerges || merged.contains(where: isSquashMerge) else { return false }
        switch CommitShape(commit) {
        case let .pullRequestMerge(_, _, source): return pullRequestMerges || defaultBranches.contains(source)
        case .otherMerge: return !commit.subject.hasPrefix(advisorySubject)
        default: return false
        }
    }

    /// Branch names that are a repository's main line, whose PRs into a release branch are syncs.
    static let defaultBranches: Set<String> = ["main", "master", "develop", "development", "trunk"]

    /// The subject GitHub gives a security-advisory merge, which is always one change.
    static let advisorySubject = "Merge commit from fork"

    /// The start of a GitHub PR merge's subject.
    static let pullRequestPrefix = Array("Merge pull request #".utf8)

    /// Whether `commit` is a real `Merge pull request #N` merge, not a cherry-pick of one.
    static func isPullRequestMerge(_ commit: Commit) -> Bool {
        commit.isMerge && commit.subject.utf8.starts(with: pullRequestPrefix)
            && CommitShape.pullRequestMerge(commit.subject) != nil
    }

    /// Whether `commit` is a `Title (#N)` squash merge.
    static func isSquashMerge(_ commit: Commit) -> Bool {
        !commit.isMerge && commit.subject.utf8.last == UInt8(ascii: ")") && CommitShape.squashMerge(commit.subject) != nil
    }

    /// The far side's first-parent line of `merge` within `pool`, newest first, each with what it alone brought in.
    static func line(from merge: Commit, pool: [String: Int], commits: [Commit]) -> [Arrival] {
        var line: [Int] = []
        var claimed = Set<String>()
        for head in merge.parents.dropFirst() {
            var next: String? = head
            while let sha = next, let index = pool[sha], claimed.insert(sha).inserted {
                line.append(index)
                next = commits[index].parents.first
            }
        }
        // Oldest first: each merge owns what its older line-mates do not reach, as `git log M^1..M` would list it.
        var entries: [Arrival] = []
        for index in line.reversed() {
            var brought: [Int] = []
            var stack = Array(commits[index].parents.dropFirst())
            while let sha = stack.popLast() {
                guard let found = pool[sha], claimed.insert(sha).inserted else { continue }
                brought.append(found)
                stack += commits[found].parents
            }
            entries.append((commits[index], brought.sorted().map { commits[$0] }))
        }
        return entries.reversed()
    }

    /// Appends the pull requests of a far-side `line`, opening nested syncs.
    static func collect(_ line: [Arrival], depth: Int, into found: inout [Arrival]) {
        for (commit, merged) in line {
            let nested = depth < maximumDepth && mightSync(commit, merged: merged)
            if nested {
                let pool = Dictionary(merged.enumerated().map { ($1.sha, $0) }, uniquingKeysWith: { first, _ in first })
                let before = found.count
                collect(Self.line(from: commit, pool: pool, commits: merged), depth: depth + 1, into: &found)
                if found.count > before { continue }
            }
            switch CommitShape(commit) {
            case .pullRequestMerge: found.append((commit, merged))
            case .squashMerge: found.append((commit, []))
            default: break
            }
        }
    }
}
