import Changes
import Foundation
import ReleaseNotes
import Versioning

extension SiteState {
    /// The page of one comparison, at its site path.
    ///
    /// `listed` holds the component's changes as comparisons list them, so a change is rendered once; `shell` is
    /// the layout of the component's comparison pages, rendered once.
    func comparePage(
        _ comparison: ReleaseComparison, component: SiteComponent, items listed: ComparisonItems, shell: LayoutShell?
    ) throws -> (String, String) {
        let older = Self.pageVersion(comparison.older)
        let newer = Self.pageVersion(comparison.newer)
        let path = paths.comparePage(component.name, from: older, to: newer)
        let root = SitePaths.root(of: path)
        var anchors = EntryAnchors(reserved: Self.templateIDs.union(["already-shipped", "only-in-older", "compare-images"]))
        let items = { (entries: [ReleaseComparison.Entry]) in
            var text = ""
            for entry in entries { text += listed.item(entry, root: root, anchors: &anchors, state: self) }
            return text
        }
        // `arrived` is in group order, so each group is one run of it.
        var groups: [[String: Any]] = []
        var start = comparison.arrived.startIndex
        while start < comparison.arrived.endIndex {
            let group = comparison.arrived[start].group
            let end = comparison.arrived[start...].firstIndex { $0.group != group } ?? comparison.arrived.endIndex
            groups.append(["id": "group-\(group.rawValue)", "title": group.title, "items": items(Array(comparison.arrived[start..<end]))])
            start = end
        }
        let releases = Set(comparison.arrived.map(\.releaseTag)).count
        var context: [String: Any] = [
            "componentName": component.displayName,
            "componentPath": paths.componentPage(component.name), "formPath": paths.compareForm(component.name),
            "older": older, "newer": newer,
            "olderPath": paths.releasePage(component.name, version: older), "newerPath": paths.releasePage(component.name, version: newer),
            "arrivedCount": Self.count(comparison.arrived.count, "change"), "releaseCount": Self.count(releases, "release"),
            "groups": groups,
        ]
        context["component"] = component.name
        context["olderDate"] = comparison.older.date?.day
        context["newerDate"] = comparison.newer.date?.day
        if !comparison.alreadyShipped.isEmpty { context["alreadyShipped"] = items(comparison.alreadyShipped) }
        if !comparison.onlyInOlder.isEmpty { context["onlyInOlder"] = items(comparison.onlyInOlder) }
        context["dependencies"] = comparison.dependencies.flatMap(ReleaseNotes.MarkdownRenderer.dependencyContext)
        let imageChanges = comparison.images.summaries
        context["imageChanges"] = imageChanges
        context["hasImageChanges"] = !imageChanges.isEmpty
        let title = "\(component.name.map { $0 + " " } ?? "")\(older) → \(newer)"
        return (path, try page(path, title: title, template: "compare", context: context, shell: shell))
    }

    /// One change of a comparison after its anchor (`itemTail`): the entry as its release page shows it, and a link
    /// to the release it arrived in, from a page at `root`.
    func compareItemTail(_ change: Change, release: NotesDocument, root: String, shown: [ShownEntryKey: SiteEntry]) -> String {
        let version = Self.pageVersion(release)
        let page = paths.releasePage(release.component, version: version)
        let inner = shown[Self.shownKey(page: page, commit: change.commit)]?.inner ?? {
            let writer = LinkedNotesMarkdown(layout: notes.layout, repositoryURL: content.repositoryURL)
            let markdown = writer.item(change, release: release.version)
            // The inner HTML does not depend on the anchor.
            return self.entry(change, markdown: markdown, id: SiteEntry.anchor(of: change), renderer: notesRenderer(at: release.range.to)).inner
        }()
        var target = root + page
        // Only generated notes have an anchor per change; published ones are linked as a page.
        if release.publishedNotes == nil { target += "#" + SiteEntry.anchor(of: change) }
        let arrival = " <a class=\"arrived\" href=\"\(HTMLText.escape(target))\">\(HTMLText.escape(version))</a>"
        return itemTail(change, inner: inner + arrival)
    }

    /// The entries release pages rendered, by `shownKey`: what comparisons and the compare index reuse.
    var shownEntries: [ShownEntryKey: SiteEntry] {
        var shown: [ShownEntryKey: SiteEntry] = [:]
        for release in releases {
            for entry in release.entries { shown[Self.shownKey(page: release.path, commit: entry.change.commit)] = entry }
        }
        return shown
    }

    /// The key of one change on one release page.
    static func shownKey(page: String, commit: String) -> ShownEntryKey {
        ShownEntryKey(page: page, commit: commit)
    }
}
