import Changes
import GitHistory
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
    /// Only those releases' ranges are read, with one more `git log`; none when no other release falls in the window.
    /// A pick in them that names no original is linked by title or patch to this range's own changes (`range`, from
    /// `graph`): the only originals this range's `shippedIn` can use, found without reading the default branch.
    mutating func withShipments(_ document: NotesDocument, plans: [RangePlan], range: CommitRange) throws -> NotesDocument {
        var shipped = [document]
        if !plans.isEmpty {
            let graph = try PipelineStage.readGraph.run {
                try repository.graph(include: plans.map(\.toCommit), exclude: plans.compactMap(\.fromCommit), withFiles: readsPaths)
            }
            var (ranges, detected) = try changes(for: plans, graph: graph, linking: false)
            try PipelineStage.linkBranches.run { try link(&detected, ranges: ranges, graph: graph, to: document, range: range) }
            shipped += zip(plans, detected).map(document(for:with:))
        }
        return ShipmentIndex(shipped).marking([document], baseTimes: releaseTimes)[0]
    }

    /// Links the unlinked changes of `ranges` to the pull requests of `document`, whose range is `range`, and to
    /// the default branch when this command already read it.
    private mutating func link(
        _ detected: inout [DetectedChanges], ranges: [CommitRange], graph: CommitGraph, to document: NotesDocument, range: CommitRange
    ) throws {
        var unlinked: [(range: Int, change: Int)] = []
        for (index, found) in detected.enumerated() {
            for (position, change) in found.changes.enumerated() where change.originals.isEmpty && (change.pullRequest != nil || change.cherryPick) {
                unlinked.append((index, position))
            }
        }
        guard !unlinked.isEmpty, document.changes.contains(where: { $0.pullRequest != nil }) else { return }
        let commits = { (name: String) in graph.commit(named: name) }
        // A range on a release branch read the default branch since it left: the originals of its own picks are there.
        if let known = crossBranchRead?.defaultSide {
            try link(&detected, unlinked: unlinked, ranges: ranges, commits: commits, to: known)
            unlinked = unlinked.filter { detected[$0.range].changes[$0.change].originals.isEmpty }
        }
        let listed = DetectedChanges(changes: document.changes, excluded: document.excluded)
        try link(&detected, unlinked: unlinked, ranges: ranges, commits: commits, to: CandidateOriginals(range: range, detected: listed), patches: false)
        unlinked = unlinked.filter { detected[$0.range].changes[$0.change].originals.isEmpty }
        guard !unlinked.isEmpty else { return }
        // Patches pair commits by their changed paths, which the range's graph has only when rules or components asked.
        let names = range.mainline.map(\.sha) + range.merged.values.flatMap { $0.map(\.sha) }
        let byName = readsPaths ? [:] : Dictionary(try repository.commits(named: names, withFiles: true).map { ($0.sha, $0) }, uniquingKeysWith: { first, _ in first })
        let filed = { (commit: Commit) in byName[commit.sha] ?? commit }
        let own = CommitRange(mainline: range.mainline.map(filed), merged: range.merged.mapValues { $0.map(filed) })
        try link(&detected, unlinked: unlinked, ranges: ranges, commits: commits, to: CandidateOriginals(range: own, detected: listed))
    }
}
