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
    mutating func withShipments(_ document: NotesDocument, plans: [RangePlan]) throws -> NotesDocument {
        var shipped = [document]
        if !plans.isEmpty {
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
