import GitHistory

/// Finds the pull requests of a pool whose commits carry the same patches as each pick's commits.
struct PatchMatching {
    /// The commits of each unlinked release-branch change.
    let picks: [[Commit]]
    /// The pull requests the originals may be among, and their commits.
    let pool: CandidateOriginals
    /// Changed paths of pool commits read apart from the pool, by name: those `unreadPaths` names.
    var readPaths: [String: [String]] = [:]
    /// How many commits git could not diff (missing objects), after `originals` ran.
    private(set) var unread = 0

    /// The commits whose changed paths pairing `picks` with `pool` needs and lacks: the picks' own, where unread, and
    /// those of the pool's commits that landed in the window before one; `pool` nil when its commits carry their paths.
    static func unreadPaths(picks: [Commit], pool: [Commit]?) -> [String] {
        picks.filter { !$0.isMerge && $0.files.isEmpty }.map(\.sha) + (pool.map { landedBefore(picks, among: $0) } ?? [])
    }

    /// The names of `commits`, merges left out, that landed within the window before a pick of `picks` that is no
    /// merge and changes at most `patchIDMaximumFiles` files: the only ones pairing diffs with a pick, so reading the
    /// paths of these alone gives the same originals as reading all.
    static func landedBefore(_ picks: [Commit], among commits: [Commit]) -> [String] {
        let times = picks.filter { !$0.isMerge && $0.files.count <= GitRepository.patchIDMaximumFiles }.map(\.commitTime).sorted()
        guard !times.isEmpty else { return [] }
        return commits.filter { commit in
            guard !commit.isMerge else { return false }
            // The earliest pick not before the commit decides: a later one's window starts later still.
            var low = 0, high = times.count
            while low < high {
                let middle = (low + high) / 2
                if times[middle] < commit.commitTime { low = middle + 1 } else { high = middle }
            }
            return low < times.count && times[low] - window <= commit.commitTime
        }.map(\.sha)
    }

    /// Whether a pick's commit can pair by patch: not a merge, and changing one to `patchIDMaximumFiles` files.
    static func pairable(_ pick: Commit) -> Bool {
        !pick.isMerge && !pick.files.isEmpty && pick.files.count <= GitRepository.patchIDMaximumFiles
    }

    /// The original pull requests of each pick, in the order their commits are found; one git process pair for all.
    ///
    /// Equal patches change the same files, so a pick commit is diffed only with the default-branch commits that change
    /// exactly its files (at most `GitRepository.patchIDMaximumFiles`) and landed in the year before it, the nearest
    /// `partnersPerPick` of them.
    mutating func originals(in repository: GitRepository) throws -> [[Int]] {
        var byFiles: [String: [Commit]] = [:]
        for commit in pool.commits {
            let files = commit.files.isEmpty ? readPaths[commit.sha] ?? [] : commit.files
            guard !files.isEmpty, files.count <= GitRepository.patchIDMaximumFiles else { continue }
            byFiles[Self.fileKey(files), default: []].append(commit)
        }
        var chosen = Set<String>()
        var candidates: [Commit] = []
        let own = picks.map { commits in
            commits.filter { pick in
                guard Self.pairable(pick) else { return false }
                // The nearest before it: a file such as a changelog that many commits change alone gives many partners.
                let partners = (byFiles[Self.fileKey(pick.files)] ?? [])
                    .filter { $0.commitTime <= pick.commitTime && $0.commitTime >= pick.commitTime - Self.window }
                    .sorted { $0.commitTime > $1.commitTime }
                    .prefix(Self.partnersPerPick)
                for partner in partners where chosen.insert(partner.sha).inserted { candidates.append(partner) }
                return !partners.isEmpty
            }
        }
        guard !candidates.isEmpty else { return picks.map { _ in [] } }
        let read = try repository.patchIDsSkippingUnreadable(of: candidates.map(\.sha) + own.flatMap { $0.map(\.sha) })
        let ids = read.ids
        unread = read.unread
        var byPatch: [String: [Int]] = [:]
        for commit in candidates {
            guard let id = ids[commit.sha], let number = pool.pullRequestOfCommit[commit.sha] else { continue }
            if !(byPatch[id]?.contains(number) ?? false) { byPatch[id, default: []].append(number) }
        }
        return own.map { commits in
            var found: [Int] = []
            for commit in commits {
                // A patch several pull requests share names none of them for sure.
                guard let id = ids[commit.sha], let numbers = byPatch[id], numbers.count == 1, !found.contains(numbers[0]) else { continue }
                found.append(numbers[0])
            }
            return found
        }
    }

    /// How long before a pick its original may have landed: a year, in seconds.
    static let window = 365 * 24 * 3600
    /// How many default-branch commits with the same files, nearest first, are diffed against one pick commit.
    static let partnersPerPick = 25

    /// A commit's changed files, sorted, as one string: equal for any two commits with equal patches.
    static func fileKey(_ files: [String]) -> String {
        files.sorted().joined(separator: "\n")
    }
}
