import Foundation
import ReleaseNotes

/// Renders the comparison pages `ReleaseOrder.compareTargets` names, and each component's form that compares any two releases.
struct ComparePagesStep: SiteStep {
    let name = "render comparisons"

    /// One comparison page to make.
    struct Job: Sendable {
        var component: Int
        var older: NotesDocument
        var newer: NotesDocument
    }

    func run(_ state: inout SiteState) throws {
        let histories = state.content.components.map { ReleaseHistory($0.releases) }
        var jobs: [Job] = []
        for (index, component) in state.content.components.enumerated() {
            let order = state.order(of: component.name)
            for release in component.releases {
                jobs += order.compareTargets(for: release).map { Job(component: index, older: $0, newer: release) }
            }
        }
        // A component's comparison pages share one layout, as its release pages do.
        let shells = try state.content.components.map { component in
            try state.shell(forPagesLike: state.paths.comparePage(component.name, from: "a", to: "b"))
        }
        let shown = state.shownEntries
        let listed = state.content.components.map { ComparisonItems(component: $0, state: state, shown: shown) }
        let snapshot = state
        let progress = ProgressCounter(total: jobs.count, report: state.progress, label: name)
        // A batch at a time, each page handed on before the next batch: a project's comparisons are most of its site.
        try jobs.concurrentMap(batchesOf: SiteState.pageBatch, { job -> Swift.Result<(String, String), Error> in
            defer { progress.advance() }
            return Swift.Result {
                let comparison = ReleaseComparison(older: job.older, newer: job.newer, history: histories[job.component])
                return try snapshot.comparePage(comparison, component: snapshot.content.components[job.component], items: listed[job.component], shell: shells[job.component])
            }
        }, each: { page in
            let (path, html) = try page.get()
            state.add(path, html)
        })
        for (component, items) in zip(state.content.components, listed) where component.releases.contains(where: { $0.version != nil }) {
            try state.addCompareForm(component, items: items, shown: shown)
        }
    }
}
