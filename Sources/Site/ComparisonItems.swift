import Changes
import ReleaseNotes

/// Every change of one component's releases as comparison pages and the compare index list it, each rendered once.
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
        /// The change's text as a reader sees it, for the compare index.
        var text: String
    }

    /// The folder depth prefix of the component's comparison pages, which the items' links start with.
    let root: String
    /// Each release's items by its tag, in the order of its changes; the first release of a tag held twice wins.
    private let byRelease: [String: [Item]]

    /// Renders every change of `component`'s releases, reusing the entries release pages rendered (`shown`).
    init(component: SiteComponent, state: SiteState, shown: [ShownEntryKey: SiteEntry]) {
        let root = SitePaths.root(of: state.paths.comparePage(component.name, from: "a", to: "b"))
        let items = component.releases.concurrentMap { release in
            let target = state.compareTarget(of: release)
            return release.changes.map { change in
                let (inner, text) = state.compareEntry(change, release: release, page: target.page, shown: shown)
                return Item(
                    commit: change.commit, anchor: SiteEntry.anchor(of: change),
                    tail: state.compareItemTail(change, inner: inner, release: release, target: target, root: root), text: text
                )
            }
        }
        self.root = root
        byRelease = Dictionary(zip(component.releases.map(\.range.to), items), uniquingKeysWith: { first, _ in first })
    }

    /// The item of the change at `position` of the release tagged `tag`, when it is `commit`'s: nil for a release held
    /// twice under one tag, whose changes this table does not hold.
    private func item(tag: String, position: Int, commit: String) -> Item? {
        guard let items = byRelease[tag], items.indices.contains(position), items[position].commit == commit else { return nil }
        return items[position]
    }

    /// The list item of `entry` on one of the component's comparison pages, its anchor made unique by `anchors`.
    func item(_ entry: ReleaseComparison.Entry, anchors: inout EntryAnchors, state: SiteState) -> String {
        if let item = item(tag: entry.releaseTag, position: entry.position, commit: entry.commit) {
            return "<li id=\"\(anchors.next(base: item.anchor))\"" + item.tail
        }
        let release = entry.release
        let target = state.compareTarget(of: release)
        let inner = state.compareEntry(entry.change, release: release, page: target.page, shown: [:]).inner
        let tail = state.compareItemTail(entry.change, inner: inner, release: release, target: target, root: root)
        return "<li id=\"\(anchors.next(for: entry.change))\"" + tail
    }

    /// The text of the change at `position` of `release`, nil when this table does not hold it.
    func text(of change: Change, at position: Int, in release: NotesDocument) -> String? {
        item(tag: release.range.to, position: position, commit: change.commit)?.text
    }
}
