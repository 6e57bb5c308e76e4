import Changes
import GitHistory
import HeraldSupport
import ReleaseNotes
import Versioning

extension ProjectHistory {
    /// The plans of the stable releases tagged after `base` and no later than `release` (any time for unreleased
    /// changes), other than `release` itself.
    func shipmentPlans(base: BaseChoice, release: Release?) -> [RangePlan] {
        let after = base.release?.time
        let through = release?.time
        let others = releases.filter { other in
            !other.version.isPrerelease && other.tag != release?.tag && after.map { other.time > $0 } ?? true && through.map { other.time <= $0 } ?? true
        }
        // Without ancestry answers a minor may start earlier than the changelog starts it; its range then only adds
        // changes it really contains, and the first release of its line that shipped one stays the same.
        let picker = BasePicker(releases: releases)
        return others.map { RangePlan(release: $0, base: picker.base(for: $0)) }
    }

    /// Each release's tag time, by tag: the bounds of "shipped by the time of this release".
    var releaseTimes: [String: Int] {
        Dictionary(releases.map { ($0.tag, $0.time) }, uniquingKeysWith: { first, _ in first })
    }

    /// `document` with each change's `shippedIn`: itself and the releases of `plans` (from `shipmentPlans`) that carry
    /// the change or a cherry-pick of it, as the changelog marks the same release.
    ///
    /// `graph` is the range's own; `ownOriginals` says its changes are on the default branch. Releases inside it are read from it; the rest with at most two more `git log`s of
    /// what it lacks (see `ShipmentReading`), none when no other release falls in the window. A pick in them that names
    /// no original is linked by title or patch to this range's own changes (`range`): the only originals this range's
    /// `shippedIn` can use, found without reading the default branch.
    mutating func withShipments(
        _ document: NotesDocument, plans: [RangePlan], range: CommitRange, graph main: CommitGraph, ownOriginals: Bool
    ) throws -> NotesDocument {
        let reading = ShipmentReading(plans: plans, main: main, from: document.range.fromCommit)
        let commits = document.changes.map(\.commit)
        // A release inside the range ships exactly the range's changes it reaches: detecting it again would find them.
        let history = self
        var shipped = [document] + reading.inside.concurrentMap { plan in
            let reached = main.reachable(commits, from: plan.toCommit, notFrom: plan.fromCommit.map { [$0] } ?? [])
            let changes = document.changes.filter { reached.contains($0.commit) }
            return history.document(for: plan, with: DetectedChanges(changes: changes, excluded: []))
        }
        if !reading.reads.isEmpty {
            var graph = CommitGraph()
            for commit in main.commits { graph.add(commit) }
            var rejected = 0
            for beyond in try readGraphs(reading.reads) {
                for commit in beyond.commits { graph.add(commit) }
                rejected += beyond.rejectedRecords
            }
            graph.seal(rejectedRecords: rejected)
            let others = reading.reads.flatMap(\.plans)
            var (brought, detected) = try changes(for: others, graph: graph, linking: false)
            try PipelineStage.linkBranches.run { try link(&detected, plans: others, brought: brought, graph: graph, beside: main, to: document, range: range, ownOriginals: ownOriginals) }
            shipped += zip(others, detected).map(document(for:with:))
        }
        var marked = [document]
        ShipmentIndex(shipped).mark(&marked, baseTimes: releaseTimes)
        return marked[0]
    }

    /// The graph of each of `reads`, in order: at most two `git log`s that need nothing from each other, so the
    /// second runs beside the first.
    private func readGraphs(_ reads: [ShipmentReading.Read]) throws -> [CommitGraph] {
        let (repository, paths) = (repository, readsPaths)
        let graph = { @Sendable (read: ShipmentReading.Read) in
            try PipelineStage.readGraph.run { try repository.graph(include: read.include, exclude: read.exclude, withFiles: paths) }
        }
        guard reads.count == 2 else { return try reads.map(graph) }
        let (first, second) = try SideBySide.run({ try graph(reads[0]) }, beside: { [read = reads[1]] in try graph(read) })
        return [first, second]
    }

    /// Links the unlinked changes of `plans` (their `ranges`) to the pull requests of `document`, whose range is
    /// `range` and graph `main`, and to the default branch when this command already read it, as the changelog links
    /// them: only changes of ranges that may lie on a release branch, only to pull requests of the default branch.
    ///
    /// With `ownOriginals` false (a patch, or changes on a release branch) the range's own changes are picks or the
    /// line's own work, never originals.
    private mutating func link(
        _ detected: inout [DetectedChanges], plans: [RangePlan], brought: [[String: [Commit]]], graph: CommitGraph, beside main: CommitGraph,
        to document: NotesDocument, range: CommitRange, ownOriginals: Bool
    ) throws {
        var unlinked: [(range: Int, change: Int)] = []
        for (index, found) in detected.enumerated() where plans[index].mayLieOnReleaseBranch(found) {
            // A change in the range's own graph is one of its own changes, not a pick of one.
            for (position, change) in found.changes.enumerated() where RangePlan.linkable(change) && main.commit(named: change.commit) == nil {
                unlinked.append((index, position))
            }
        }
        // Which of the range's own changes are on the default branch: what this command read of its release branch says,
        // else whether the range is a minor release or unreleased work on the default branch.
        let releaseSide = crossBranchRead.flatMap { $0.tips.contains(document.range.toCommit) ? $0.releaseSide : nil }
        let originals = document.changes.filter { change in
            change.pullRequest != nil && !change.cherryPick && !change.madeForReleaseLine
                && releaseSide.map { $0.commit(named: change.commit) == nil } ?? ownOriginals
        }
        guard !unlinked.isEmpty, !originals.isEmpty || crossBranchRead?.defaultSide != nil else { return }
        // A pick's commits that the range itself holds came with its own changes (a shared subtree, a sync), not by a pick.
        let commits = { (name: String) in main.position(of: name) == nil ? graph.commit(named: name) : nil }
        // A range on a release branch read the default branch since it left: the originals of its own picks are there.
        if let known = crossBranchRead?.defaultSide {
            try link(&detected, unlinked: unlinked, brought: brought, commits: commits, to: known)
            unlinked = unlinked.filter { detected[$0.range].changes[$0.change].originals.isEmpty }
        }
        guard !originals.isEmpty else { return }
        let listed = DetectedChanges(changes: originals, excluded: [])
        // The range's graph has changed paths only when rules or components asked; patch matching reads those it pairs.
        let own = CandidateOriginals(range: range, detected: listed, pathsRead: readsPaths)
        try link(&detected, unlinked: unlinked, brought: brought, commits: commits, to: own, patches: false)
        unlinked = unlinked.filter { detected[$0.range].changes[$0.change].originals.isEmpty }
        guard !unlinked.isEmpty else { return }
        try link(&detected, unlinked: unlinked, brought: brought, commits: commits, to: own)
    }
}
