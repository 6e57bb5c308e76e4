import CommonMark
import Foundation
import Images
import ReleaseNotes
import Versioning

extension SiteState {
    /// The page of one release and what feeds and search need of it.
    func releasePage(_ job: ReleasePagesStep.Job, shell: LayoutShell?) throws -> (String, RenderedRelease) {
        let document = job.component.releases[job.index]
        let path = paths.releasePage(document.component, version: Self.pageVersion(document))
        let notes = try siteNotes(document, at: document.range.to)
        var context = releaseContext(document, notesHTML: notes.html)
        // Older and newer along the release's own line (v3.6.14 → v3.6.15), not whatever was tagged next elsewhere.
        let order = order(of: document.component)
        let around = order.neighbours(of: document)
        context["previous"] = around.older.map(row)
        context["next"] = around.newer.map(row)
        context["latest"] = around.latest.map(row)
        let compared: [[String: Any]] = order.compareTargets(for: document).map { older in
            let version = Self.pageVersion(older)
            return ["version": version, "path": paths.comparePage(document.component, from: version, to: Self.pageVersion(document))]
        }
        context["compareLinks"] = compared
        context["hasCompareLinks"] = !compared.isEmpty
        let people = contributors.contributors(of: document, repositoryURL: content.repositoryURL)
        context["contributors"] = people.map { person -> [String: Any] in
            var entry: [String: Any] = ["name": person.name, "isNew": person.isFirstContribution]
            entry["url"] = person.profileURL
            return entry
        }
        context["hasContributors"] = !people.isEmpty
        let newcomers = people.filter(\.isFirstContribution).count
        context["newcomers"] = newcomers == 0 ? nil : Self.count(newcomers, "contributor") + " made their first contribution"
        // Long notes get filters; a short list reads faster than a form.
        if notes.entries.count >= Self.entriesWorthFilters {
            context["facets"] = facets("changes", kinds: facetKinds(in: [document]), prerelease: false)
        }
        context["pull"] = job.images.flatMap { index in
            (document.version.map(index.references(of:)) ?? [index.image.name + ":unreleased"]).map { ["reference": $0] }
        }
        context["hasPull"] = !job.component.images.isEmpty
        let title = Self.releaseTitle(document)
        let page = try self.page(path, title: title, template: "release", context: context, shell: shell)
        let search = String(notes.text.prefix(SearchIndexStep.textLimit))
        return (page, RenderedRelease(document: document, path: path, html: notes.html, searchText: search, entries: notes.entries))
    }

    /// The notes a page shows: structured entries when Herald generated them with its own template, else the
    /// published file or the site's `notes` template rendered by libcmark, with no entries.
    func siteNotes(_ document: NotesDocument, at ref: String) throws -> SiteNotes {
        if document.publishedNotes == nil, !templates.overridden.contains("notes.mustache") {
            return generatedNotes(document, at: ref)
        }
        let rendered = notesRenderer(at: ref).render(try notesMarkdown(document))
        return SiteNotes(html: rendered.html, text: rendered.text, entries: [])
    }

    /// How many entries a release lists before its page offers filters.
    static let entriesWorthFilters = 10

    /// The renderer of release notes at `ref`: pictures from other hosts become links, since strangers write the notes.
    func notesRenderer(at ref: String) -> CommonMark.MarkdownRenderer {
        CommonMark.MarkdownRenderer(rewriteLink: links.rewriter(notesAt: ref), reservedIDs: Self.templateIDs, remoteImages: .linked)
    }

    /// The notes' Markdown: the published file when there is one, else the site's `notes` template.
    func notesMarkdown(_ document: NotesDocument) throws -> String {
        try Self.notesMarkdown(document, content: content, templates: templates, notes: notes, paths: paths)
    }

    /// The notes' Markdown of `document` from what it needs alone, without a whole state (whose indexes of every
    /// release would be built again for each document asked about).
    static func notesMarkdown(
        _ document: NotesDocument, content: SiteContent, templates: SiteTemplates, notes: ReleaseNotes.MarkdownRenderer, paths: SitePaths
    ) throws -> String {
        if let published = document.publishedNotes { return published }
        if !templates.overridden.contains("notes.mustache") {
            return LinkedNotesMarkdown(layout: notes.layout, repositoryURL: content.repositoryURL).markdown(document)
        }
        var context = notes.templateContext(document)
        context["repositoryURL"] = content.repositoryURL
        do {
            return try templates.render(context, template: "notes")
        } catch let error as SiteError {
            throw SiteError(.inPage(path: paths.releasePage(document.component, version: pageVersion(document)), problem: error.problem))
        }
    }

    /// The values of the `release` and `unreleased` templates that come from the notes document.
    func releaseContext(_ document: NotesDocument, notesHTML: String) -> [String: Any] {
        var context = row(document)
        context["notesHTML"] = notesHTML
        context["fullDate"] = document.date?.iso8601
        context["commit"] = document.range.toCommit
        context["shortCommit"] = String(document.range.toCommit.prefix(7))
        context["reason"] = Self.why(document.range.reason, base: document.range.from)
        context["notesFile"] = document.notesFile
        context["suggestedVersion"] = document.suggestedVersion?.tagName
        context["suggestionReason"] = document.suggestionReason
        context["tag"] = document.range.to
        if let base = document.range.from {
            context["baseTag"] = base
            if let version = order(of: document.component).release(tagged: base)?.version {
                context["basePath"] = paths.releasePage(document.component, version: version.tagName)
            }
            context["compareURL"] = content.repositoryURL.map { "\($0)/compare/\(base)...\(document.range.to)" }
        }
        context["commitURL"] = content.repositoryURL.map { "\($0)/commit/\(document.range.toCommit)" }
        context["pinned"] = document.images.map { ["reference": $0.reference.description, "file": $0.file, "line": $0.line] as [String: Any] }
        context["hasPinned"] = !document.images.isEmpty
        let changes = document.range.from == nil ? [] : document.imageChanges?.summaries ?? []
        context["imageChanges"] = changes
        context["hasImageChanges"] = !changes.isEmpty
        context["dependencies"] = ReleaseNotes.MarkdownRenderer.dependencyContext(document)
        return context
    }

    /// The reason without its leading `base TAG: `, which the page already shows as a link.
    static func why(_ reason: String, base: String?) -> String {
        guard let base, reason.hasPrefix("base \(base): ") else { return reason }
        return String(reason.dropFirst("base \(base): ".count))
    }
}
