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
        _ detected: inout [DetectedChanges], ranges: [CommitRange], plans: [RangePlan], whole: CommitGraph? = nil
    ) throws {
        // Reading the default branch costs a walk of its history since the oldest tip, so only ranges that may lie on
        // a release branch pay it: patches, unreleased changes, and ranges with a pick naming no original or a change
        // made for a release line. A minor release on the default branch, the common case, never does.
        let wanted = plans.indices.filter { index in
            let mayBeOnBranch = plans[index].release.map { $0.version.patch > 0 && !$0.version.isPrerelease } ?? true
                || detected[index].changes.contains { $0.originals.isEmpty && ($0.cherryPick || $0.madeForReleaseLine) }
            // Only a pull request or a pick can have an original to find; a range of linked picks needs no walk.
            return mayBeOnBranch && detected[index].changes.contains { $0.originals.isEmpty && ($0.pullRequest != nil || $0.cherryPick) }
        }
        guard !wanted.isEmpty, let defaultTip = try defaultTip() else { return }
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
            where change.originals.isEmpty && (change.pullRequest != nil || change.cherryPick) && releaseSide.commit(named: change.commit) != nil {
                unlinked.append((index, position))
            }
        }
        guard !unlinked.isEmpty else { return }
        let defaultSide = try crossBranchRead?.defaultSide ?? defaultBranchChanges(tip: defaultTip, after: releaseSide)
        crossBranchRead?.defaultSide = defaultSide
        try link(&detected, unlinked: unlinked, ranges: ranges, commits: releaseSide.commit(named:), to: defaultSide)
    }

    /// Links each `unlinked` change (range, position) to pull requests of `side`: a trailer naming a commit inside one,
    /// else the same title, else (with `patches`) the same patches. `commits` finds a change's commits.
    mutating func link(
        _ detected: inout [DetectedChanges], unlinked: [(range: Int, change: Int)], ranges: [CommitRange],
        commits: (String) -> Commit?, to side: CandidateOriginals, patches: Bool = true
    ) throws {
        var byPatch: [(range: Int, change: Int)] = []
        for (index, position) in unlinked {
            let change = detected[index].changes[position]
            // A trailer naming a commit inside a pull request, not its merge: that pull request.
            let own = [change.commit] + (ranges[index].merged[change.commit] ?? []).map(\.sha)
            let trailers = ChangeDetector.trailerCommits(in: own.compactMap(commits))
            let named = trailers.compactMap(side.pullRequest(ofCommitNamed:)).filter { $0 != change.pullRequest }
            if !named.isEmpty {
                var seen = Set<Int>()
                detected[index].changes[position].originals = named.filter { seen.insert($0).inserted }.map { CherryPickOrigin(pullRequest: $0, foundBy: .trailer) }
                detected[index].changes[position].cherryPick = true
            } else if let original = side.index.sameTitle(as: change.title, notAfter: change.time), original != change.pullRequest {
                detected[index].changes[position].originals = [CherryPickOrigin(pullRequest: original, foundBy: .sameTitle)]
                detected[index].changes[position].cherryPick = true
            } else {
                byPatch.append((index, position))
            }
        }
        guard patches, !byPatch.isEmpty else { return }
        var picks = byPatch.map { pick in
            let change = detected[pick.range].changes[pick.change]
            return ([change.commit] + (ranges[pick.range].merged[change.commit] ?? []).map(\.sha)).compactMap(commits)
        }
        // Patches pair commits by their changed paths: read them for the few picks whose graph had none.
        let unfiled = picks.flatMap { $0.filter { !$0.isMerge && $0.files.isEmpty }.map(\.sha) }
        if !unfiled.isEmpty {
            let filed = Dictionary(try repository.commits(named: unfiled, withFiles: true).map { ($0.sha, $0) }, uniquingKeysWith: { first, _ in first })
            picks = picks.map { $0.map { filed[$0.sha] ?? $0 } }
        }
        var matching = PatchMatching(picks: picks, pool: side)
        let links = try matching.originals(in: repository)
        if matching.unread > 0 {
            let count = matching.unread
            warn(.noPatchIDs, "git could not diff \(count) commit\(count == 1 ? "" : "s") (objects missing from this clone), so no patch id links \(count == 1 ? "it" : "them")")
        }
        for (pick, originals) in zip(byPatch, links) {
            let others = originals.filter { $0 != detected[pick.range].changes[pick.change].pullRequest }
            guard !others.isEmpty else { continue }
            detected[pick.range].changes[pick.change].originals = others.map { CherryPickOrigin(pullRequest: $0, foundBy: .patchID) }
            detected[pick.range].changes[pick.change].cherryPick = true
        }
    }

    /// The default branch's tip, read once.
    mutating func defaultTip() throws -> String? {
        if let read = defaultTipRead { return read }
        let tip = try repository.defaultBranchTip()
        defaultTipRead = .some(tip)
        return tip
    }

    /// The default branch's pull requests since the oldest commit `releaseSide` grew from, with their commits.
    func defaultBranchChanges(tip: String, after releaseSide: CommitGraph) throws -> CandidateOriginals {
        var boundary: [String] = []
        var seen = Set<String>()
        for commit in releaseSide.commits {
            for parent in commit.parents where releaseSide.commit(named: parent) == nil && seen.insert(parent).inserted {
                boundary.append(parent)
            }
        }
        // Branch points sit on the default branch; reading from the oldest covers every release line at once.
        let oldest = try repository.commits(named: boundary).min { $0.commitTime < $1.commitTime }
        let graph = try repository.graph(include: [tip], exclude: oldest.map { [$0.sha] } ?? [], withFiles: true)
        let range = graph.range(tip: tip, bases: oldest.map { [$0.sha] } ?? [])
        return CandidateOriginals(range: range, detected: detector.detect(range) { graph.commit(named: $0) })
    }
}
