import GitHistory

/// Finds the default-branch pull requests whose commits carry the same patches as each pick's commits.
struct PatchMatching {
    /// The commits of each unlinked release-branch change.
    let picks: [[Commit]]
    /// The default branch's pull requests and their commits.
    let defaultSide: DefaultBranchSide
    /// How many commits git could not diff (missing objects), after `originals` ran.
    private(set) var unread = 0

    /// The original pull requests of each pick, in the order their commits are found; one git process pair for all.
    ///
    /// Only default-branch commits that touch a file some pick touches, landed no later than that pick, and change
    /// at most `GitRepository.patchIDMaximumFiles` files are diffed.
    mutating func originals(in repository: GitRepository) throws -> [[Int]] {
        let own = picks.map { $0.filter { !$0.isMerge && !$0.files.isEmpty && $0.files.count <= GitRepository.patchIDMaximumFiles } }
        let files = Set(own.flatMap { $0.flatMap(\.files) })
        let latest = own.flatMap { $0.map(\.commitTime) }.max() ?? 0
        guard !files.isEmpty else { return picks.map { _ in [] } }
        let candidates = defaultSide.commits.filter { commit in
            commit.commitTime <= latest && commit.files.count <= GitRepository.patchIDMaximumFiles && commit.files.contains(where: files.contains)
        }
        guard !candidates.isEmpty else { return picks.map { _ in [] } }
        let read = try repository.patchIDsSkippingUnreadable(of: candidates.map(\.sha) + own.flatMap { $0.map(\.sha) })
        let ids = read.ids
        unread = read.unread
        var byPatch: [String: [Int]] = [:]
        for commit in candidates {
            guard let id = ids[commit.sha], let number = defaultSide.pullRequestOfCommit[commit.sha] else { continue }
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
}
