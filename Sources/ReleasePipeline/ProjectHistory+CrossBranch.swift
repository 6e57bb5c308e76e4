import Changes
import GitHistory
import HeraldSupport

extension ProjectHistory {
    /// Links changes on release branches to their originals on the default branch where no trailer, branch name or
    /// title form did: by a title identical to exactly one default-branch pull request, else by equal patch ids.
    ///
    /// Costs nothing unless a range may lie on a release branch; then a `git for-each-ref`, a `git log` of the
    /// release-branch commits (none when `whole` holds them), one of the default branch since the oldest branch point
    /// when some change is still unlinked, and patch ids only for what trailers and titles left unlinked.
    mutating func linkAcrossBranches(
        _ detected: inout [DetectedChanges], brought: [[String: [Commit]]], plans: [RangePlan], whole: CommitGraph? = nil
    ) throws {
        // Reading the default branch costs a walk of its history since the oldest tip, so only ranges that may lie on
        // a release branch pay it: patches, unreleased changes, and ranges with a pick naming no original or a change
        // made for a release line. A minor release on the default branch, the common case, never does.
        let wanted = plans.indices.filter { index in
            // Only a pull request or a pick can have an original to find; a range of linked picks needs no walk.
            plans[index].mayLieOnReleaseBranch(detected[index]) && detected[index].changes.contains(where: RangePlan.linkable)
        }
        guard !wanted.isEmpty, let defaultTip else { return }
        // Commits of release branches only: reachable from a range's tip but not from the default branch.
        let tips = Set(wanted.map { plans[$0].toCommit })
        if crossBranchRead.map({ !tips.isSubset(of: $0.tips) }) ?? true {
            let all = Array(tips)
            let graph: CommitGraph
            if let whole, whole.commit(named: defaultTip) != nil {
                // The graph already holds all history: its release-branch commits need no other walk by git.
                graph = CommitGraph(whole.commits(reachableFrom: all, notFrom: [defaultTip]))
            } else {
                graph = try repository.graph(include: all, exclude: [defaultTip], withFiles: readsPaths)
            }
            crossBranchRead = CrossBranchRead(tips: Set(all), releaseSide: graph)
        }
        guard let releaseSide = crossBranchRead?.releaseSide else { return }
        var unlinked: [(range: Int, change: Int)] = []
        for index in wanted {
            let found = detected[index]
            for (position, change) in found.changes.enumerated()
            where RangePlan.linkable(change) && releaseSide.commit(named: change.commit) != nil {
                unlinked.append((index, position))
            }
        }
        guard !unlinked.isEmpty else { return }
        if crossBranchRead?.defaultSide == nil {
            let picks = unlinked.flatMap { Self.commits(of: detected[$0.range].changes[$0.change], in: brought[$0.range], from: releaseSide.commit(named:)) }
            let read = try defaultBranchChanges(tip: defaultTip, after: releaseSide, pairingWith: picks, whole: whole)
            crossBranchRead?.defaultSide = read.side
            matchedPaths.merge(read.paths) { first, _ in first }
        }
        guard let defaultSide = crossBranchRead?.defaultSide else { return }
        try link(&detected, unlinked: unlinked, brought: brought, commits: releaseSide.commit(named:), to: defaultSide)
    }

    /// The commits `change` brought in its range, whose merges `brought` what: its own and, for a merge, those it
    /// merged; `lookup` finds them.
    static func commits(of change: Change, in brought: [String: [Commit]], from lookup: (String) -> Commit?) -> [Commit] {
        ([change.commit] + (brought[change.commit] ?? []).map(\.sha)).compactMap(lookup)
    }

    /// Links each `unlinked` change (range, position) to pull requests of `side`: a trailer naming a commit inside one,
    /// else the same title, else (with `patches`) the same patches. `commits` finds a change's commits.
    mutating func link(
        _ detected: inout [DetectedChanges], unlinked: [(range: Int, change: Int)], brought: [[String: [Commit]]],
        commits: (String) -> Commit?, to side: CandidateOriginals, patches: Bool = true
    ) throws {
        var byPatch: [(range: Int, change: Int)] = []
        for (index, position) in unlinked {
            let change = detected[index].changes[position]
            // A trailer naming a commit inside a pull request, not its merge: that pull request.
            let trailers = ChangeDetector.trailerCommits(in: Self.commits(of: change, in: brought[index], from: commits))
            let named = trailers.compactMap(side.pullRequest(ofCommitNamed:)).filter { side.mayBeOriginal($0, of: change.pullRequest) }
            if !named.isEmpty {
                var seen = Set<Int>()
                detected[index].changes[position].originals = named.filter { seen.insert($0).inserted }.map { CherryPickOrigin(pullRequest: $0, foundBy: .trailer) }
                detected[index].changes[position].cherryPick = true
            } else if let original = side.index.sameTitle(as: change.title, notAfter: change.time), side.mayBeOriginal(original, of: change.pullRequest) {
                detected[index].changes[position].originals = [CherryPickOrigin(pullRequest: original, foundBy: .sameTitle)]
                detected[index].changes[position].cherryPick = true
            } else {
                byPatch.append((index, position))
            }
        }
        guard patches, !byPatch.isEmpty else { return }
        var picks = byPatch.map { Self.commits(of: detected[$0.range].changes[$0.change], in: brought[$0.range], from: commits) }
        // Patches pair commits by their changed paths. One git reads them for the picks whose graph had none and for
        // the pool's commits that landed in the year before a pick, never for the whole pool.
        let unfiled = PatchMatching.unreadPaths(picks: Array(picks.joined()), pool: side.pathsRead ? nil : side.commits)
        let unread = unfiled.filter { matchedPaths[$0] == nil }
        if !unread.isEmpty {
            let read = try repository.changedPaths(ofCommits: unread)
            for name in unread { matchedPaths[name] = read[name] ?? [] }
        }
        if !unfiled.isEmpty {
            picks = picks.map { $0.map { commit in
                var commit = commit
                if commit.files.isEmpty, !commit.isMerge { commit.files = matchedPaths[commit.sha] ?? [] }
                return commit
            } }
        }
        var matching = PatchMatching(picks: picks, pool: side)
        matching.readPaths = matchedPaths
        let links = try matching.originals(in: repository)
        if matching.unread > 0 {
            let count = matching.unread
            warn(.noPatchIDs, "git could not diff \(count) commit\(count == 1 ? "" : "s") (objects missing from this clone), so no patch id links \(count == 1 ? "it" : "them")")
        }
        for (pick, originals) in zip(byPatch, links) {
            let others = originals.filter { side.mayBeOriginal($0, of: detected[pick.range].changes[pick.change].pullRequest) }
            guard !others.isEmpty else { continue }
            detected[pick.range].changes[pick.change].originals = others.map { CherryPickOrigin(pullRequest: $0, foundBy: .patchID) }
            detected[pick.range].changes[pick.change].cherryPick = true
        }
    }

    /// The default branch's tip, from the refs read with the tags; nil when the repository has none.
    var defaultTip: String? { branches.defaultBranch }

    /// The default branch's pull requests since the oldest commit `releaseSide` grew from, with their commits, and the
    /// changed paths patch matching with `picks` may want, by commit (empty for a name git lacks): of those picks'
    /// commits and of the default branch's that landed in the year before one, read while the changes are found.
    /// `whole`, when it holds the default branch, gives the commits, so git walks no history.
    func defaultBranchChanges(
        tip: String, after releaseSide: CommitGraph, pairingWith picks: [Commit], whole: CommitGraph? = nil
    ) throws -> (side: CandidateOriginals, paths: [String: [String]]) {
        var boundary: [String] = []
        var seen = Set<String>()
        for commit in releaseSide.commits {
            for parent in commit.parents where releaseSide.commit(named: parent) == nil && seen.insert(parent).inserted {
                boundary.append(parent)
            }
        }
        // Branch points sit on the default branch; reading from the oldest covers every release line at once.
        let known = whole.map { graph in boundary.compactMap { graph.commit(named: $0) } } ?? []
        let points = known.count == boundary.count ? known : try repository.commits(named: boundary)
        let bases = points.min { $0.commitTime < $1.commitTime }.map { [$0.sha] } ?? []
        let graph = try whole.flatMap { $0.commit(named: tip) == nil ? nil : $0 }
            ?? repository.graph(include: [tip], exclude: bases, withFiles: readsPaths)
        let range = graph.range(tip: tip, bases: bases)
        let (detector, pathsRead) = (detector, readsPaths)
        let side = { CandidateOriginals(range: range, detected: detector.detect(range) { graph.commit(named: $0) }, pathsRead: pathsRead) }
        // With paths read, every commit carries its own. Without, no rule or component looks at paths, so the changes
        // do not depend on them: git reads the few that pairing may diff while the changes are found and indexed.
        let wanted = readsPaths ? [] : PatchMatching.unreadPaths(picks: picks, pool: range.mainline + range.merged.values.joined())
        guard !wanted.isEmpty else { return (side(), [:]) }
        let repository = repository
        let (found, read) = try SideBySide.run(side, beside: { try repository.changedPaths(ofCommits: wanted) })
        return (found, Dictionary(wanted.map { ($0, read[$0] ?? []) }, uniquingKeysWith: { first, _ in first }))
    }
}
