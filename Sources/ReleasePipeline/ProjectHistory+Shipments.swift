import Changes
import GitHistory
import ReleaseNotes
import Versioning

extension ProjectHistory {
    /// Each release's tag time, by tag: the bounds of "shipped by the time of this release".
    var releaseTimes: [String: Int] {
        Dictionary(releases.map { ($0.tag, $0.time) }, uniquingKeysWith: { first, _ in first })
    }

    /// `document` with each change's `shippedIn`: the releases tagged after its base and no later than itself (any
    /// time for unreleased changes) that carry the change or a cherry-pick of it, as the changelog marks the same release.
    ///
    /// Only those releases' ranges are read, with one more `git log`; none when no other release falls in that window.
    mutating func withShipments(_ document: NotesDocument, base: BaseChoice, release: Release?) throws -> NotesDocument {
        let after = base.release?.time
        let through = release?.time
        let others = releases.filter { other in
            !other.version.isPrerelease && other.tag != release?.tag && after.map { other.time > $0 } ?? true && through.map { other.time <= $0 } ?? true
        }
        var shipped = [document]
        if !others.isEmpty {
            // The bases `allNotes` gives these releases, so `shippedIn` agrees with the changelog's.
            let unanswered = BasePicker(releases: releases)
            let picker = try PipelineStage.readGraph.run { try basePicker(answering: others.compactMap(unanswered.ancestryQuestion(for:))) }
            let plans = others.map { RangePlan(release: $0, base: picker.base(for: $0)) }
            let graph = try PipelineStage.readGraph.run {
                try repository.graph(include: plans.map(\.toCommit), exclude: plans.compactMap(\.fromCommit), withFiles: readsPaths)
            }
            let detected = try changes(for: plans, graph: graph)
            shipped += zip(plans, detected).map { plan, found in
                NotesDocument(
                    component: componentName,
                    range: NotesRange(from: plan.from, to: plan.to, fromCommit: plan.fromCommit, toCommit: plan.toCommit, reason: plan.base.reason),
                    version: plan.release?.version, date: plan.release.map(date(of:)), changes: found.changes
                )
            }
        }
        return ShipmentIndex(shipped).marking([document], baseTimes: releaseTimes)[0]
    }
}
