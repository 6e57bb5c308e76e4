import Changes
import CommonMark
import ReleaseNotes
import Versioning

extension SiteState {
    /// The generated notes of `document` as headed sections of entries, each entry an anchored list item that
    /// filters and search can reach; the same text the default `notes` template gives, rendered by libcmark.
    func generatedNotes(_ document: NotesDocument, at ref: String) -> SiteNotes {
        let writer = LinkedNotesMarkdown(layout: notes.layout, repositoryURL: content.repositoryURL)
        let renderer = notesRenderer(at: ref)
        guard !document.changes.isEmpty else { return SiteNotes(html: "<p>No changes.</p>\n", text: "No changes.", entries: []) }
        var anchors = EntryAnchors(reserved: Self.templateIDs)
        var slugs = Slugger(reserved: Self.templateIDs.union(document.changes.map(SiteEntry.anchor(of:))))
        var html = ""
        var entries: [SiteEntry] = []
        for section in writer.sections(of: document) {
            let id = slugs.slug(for: section.title)
            html += "<section class=\"change-group\" aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(HTMLText.escape(section.title))</h2>\n<ul>\n"
            for change in section.changes {
                let entry = self.entry(change, markdown: writer.item(change, release: document.version), id: anchors.next(for: change), renderer: renderer)
                html += entry.html
                entries.append(entry)
            }
            html += "</ul>\n</section>\n"
        }
        return SiteNotes(html: html, text: entries.map(\.text).joined(separator: "\n"), entries: entries)
    }

    /// The kind filters know `change` by: that of the section the notes place it in (a section can hold several
    /// kinds), else its own.
    func facetKind(of change: Change) -> String {
        notes.layout.placement(of: change).map { notes.layout.kinds[$0].kind.rawValue } ?? change.kind.rawValue
    }

    /// The kinds filters offer over `releases`: the notes' sections that hold one of their changes, by their titles.
    func facetKinds(in releases: [NotesDocument]) -> [[String: Any]] {
        var present: Set<String> = []
        for release in releases {
            for change in release.changes { present.insert(facetKind(of: change)) }
        }
        return notes.layout.kinds.filter { present.contains($0.kind.rawValue) }.map { ["value": $0.kind.rawValue, "title": $0.title] }
    }

    /// The list item of one change from its Markdown line (`- text (links)`), with its anchor and filter attributes.
    func entry(_ change: Change, markdown: String, id: String, renderer: CommonMark.MarkdownRenderer) -> SiteEntry {
        let rendered = renderer.render(markdown)
        var inner = Substring(rendered.html)
        // A one-item list renders as `<ul>\n<li>…</li>\n</ul>\n`; its item is what the page needs.
        if inner.hasPrefix("<ul>\n<li>"), inner.hasSuffix("</li>\n</ul>\n") {
            inner = inner.dropFirst("<ul>\n<li>".count).dropLast("</li>\n</ul>\n".count)
        }
        return SiteEntry(id: id, change: change, html: item(change, id: id, inner: String(inner)), inner: String(inner), text: rendered.text)
    }

    /// `<li id=… data-kind=…>inner</li>` and a newline.
    func item(_ change: Change, id: String, inner: String) -> String {
        "<li id=\"\(id)\"" + itemTail(change, inner: inner)
    }

    /// What follows the id in `item`: the filter attributes, the content and the end.
    func itemTail(_ change: Change, inner: String) -> String {
        var tail = " data-kind=\"\(facetKind(of: change))\""
        if change.breaking { tail += " data-breaking=\"true\"" }
        return tail + ">\(inner)</li>\n"
    }
}
