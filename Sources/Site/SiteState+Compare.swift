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
        var anchors = EntryAnchors(reserved: Self.templateIDs.union(["already-shipped", "only-in-older", "compare-images"]))
        let items = { (entries: [ReleaseComparison.Entry]) in
            var text = ""
            for entry in entries { text += listed.item(entry, anchors: &anchors, state: self) }
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

    /// Where a comparison links a change of `release` to: the release's page and the version it shows.
    func compareTarget(of release: NotesDocument) -> (page: String, version: String) {
        let version = Self.pageVersion(release)
        return (paths.releasePage(release.component, version: version), version)
    }

    /// A change of `release`, whose page is `page`, as its release page shows it (`shown`), else rendered now:
    /// published releases' changes have no entry on their page. The inner HTML and the text do not depend on the anchor.
    func compareEntry(_ change: Change, release: NotesDocument, page: String, shown: [ShownEntryKey: SiteEntry]) -> (inner: String, text: String) {
        if let entry = shown[ShownEntryKey(page: page, commit: change.commit)] { return (entry.inner, entry.text) }
        let writer = LinkedNotesMarkdown(layout: notes.layout, repositoryURL: content.repositoryURL)
        let entry = self.entry(
            change, markdown: writer.item(change, release: release.version), id: SiteEntry.anchor(of: change), renderer: notesRenderer(at: release.range.to)
        )
        return (entry.inner, entry.text)
    }

    /// One change of a comparison after its anchor (`itemTail`): `inner` and a link to `target`, the release it
    /// arrived in, from a page at `root`.
    func compareItemTail(_ change: Change, inner: String, release: NotesDocument, target: (page: String, version: String), root: String) -> String {
        var link = root + target.page
        // Only generated notes have an anchor per change; published ones are linked as a page.
        if release.publishedNotes == nil { link += "#" + SiteEntry.anchor(of: change) }
        let arrival = " <a class=\"arrived\" href=\"\(HTMLText.escape(link))\">\(HTMLText.escape(target.version))</a>"
        return itemTail(change, inner: inner + arrival)
    }

    /// The entries release pages rendered, by `shownKey`: what comparisons and the compare index reuse.
    var shownEntries: [ShownEntryKey: SiteEntry] {
        var shown: [ShownEntryKey: SiteEntry] = [:]
        for release in releases {
            for entry in release.entries { shown[ShownEntryKey(page: release.path, commit: entry.change.commit)] = entry }
        }
        return shown
    }
}
