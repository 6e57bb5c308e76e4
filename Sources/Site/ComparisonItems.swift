import Changes
import ReleaseNotes

/// Every change of one component's releases as comparison pages list it, each rendered once.
///
/// A change shows on the comparison of every pair of releases whose move brings it, and all of a component's
/// comparison pages share one folder, so its list item differs between them only by its anchor.
struct ComparisonItems: Sendable {
    /// One change's list item, without its anchor.
    struct Item: Sendable {
        /// The change's commit, to check that an entry is the change this item was made from.
        var commit: String
        /// The anchor the item asks for, before a page makes it unique.
        var anchor: String
        /// The item after its id (`SiteState.itemTail`).
        var tail: String
    }

    /// The folder depth prefix of the component's comparison pages, which the items' links start with.
    let root: String
    /// Each release's items by its tag, in the order of its changes; the first release of a tag held twice wins.
    private let byRelease: [String: [Item]]

    /// Renders every change of `component`'s releases, reusing the entries release pages rendered (`shown`).
    init(component: SiteComponent, state: SiteState, shown: [ShownEntryKey: SiteEntry]) {
        let root = SitePaths.root(of: state.paths.comparePage(component.name, from: "a", to: "b"))
        let items = component.releases.concurrentMap { release in
            release.changes.map { change in
                Item(
                    commit: change.commit, anchor: SiteEntry.anchor(of: change),
                    tail: state.compareItemTail(change, release: release, root: root, shown: shown)
                )
            }
        }
        self.root = root
        byRelease = Dictionary(zip(component.releases.map(\.range.to), items), uniquingKeysWith: { first, _ in first })
    }

    /// The list item of `entry` on a page at `root`, its anchor made unique by `anchors`.
    func item(_ entry: ReleaseComparison.Entry, root: String, anchors: inout EntryAnchors, state: SiteState) -> String {
        if root == self.root, let items = byRelease[entry.releaseTag], items.indices.contains(entry.position),
            items[entry.position].commit == entry.commit
        {
            let item = items[entry.position]
            return "<li id=\"\(anchors.next(base: item.anchor))\"" + item.tail
        }
        // A release held twice under one tag, whose changes this table does not hold.
        let tail = state.compareItemTail(entry.change, release: entry.release, root: root, shown: [:])
        return "<li id=\"\(anchors.next(for: entry.change))\"" + tail
    }
}
