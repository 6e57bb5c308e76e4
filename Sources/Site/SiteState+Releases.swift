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
        let markdown = try notesMarkdown(document)
        let rendered = notesRenderer(at: document.range.to).render(markdown)
        var context = releaseContext(document, notes: rendered)
        let neighbours = job.component.releases
        if job.index + 1 < neighbours.count { context["previous"] = row(neighbours[job.index + 1]) }
        if job.index > 0 { context["next"] = row(neighbours[job.index - 1]) }
        context["pull"] = job.component.images.flatMap { image in
            (document.version.map(image.references(of:)) ?? [image.name + ":unreleased"]).map { ["reference": $0] }
        }
        context["hasPull"] = !job.component.images.isEmpty
        let title = Self.releaseTitle(document)
        let page = try self.page(path, title: title, template: "release", context: context, shell: shell)
        let search = String((document.publishedNotes == nil ? Self.searchText(document) : rendered.text).prefix(SearchIndexStep.textLimit))
        return (page, RenderedRelease(document: document, path: path, html: rendered.html, searchText: search))
    }

    /// The renderer of release notes at `ref`: pictures from other hosts become links, since strangers write the notes.
    func notesRenderer(at ref: String) -> CommonMark.MarkdownRenderer {
        CommonMark.MarkdownRenderer(rewriteLink: links.rewriter(notesAt: ref), reservedIDs: Self.templateIDs, remoteImages: .linked)
    }

    /// The notes' Markdown: the published file when there is one, else the site's `notes` template.
    func notesMarkdown(_ document: NotesDocument) throws -> String {
        if let published = document.publishedNotes { return published }
        if !templates.overridden.contains("notes.mustache") {
            return LinkedNotesMarkdown(layout: notes.layout, repositoryURL: content.repositoryURL).markdown(document)
        }
        var context = notes.templateContext(document)
        context["repositoryURL"] = content.repositoryURL
        do {
            return try templates.render(context, template: "notes")
        } catch let error as SiteError {
            throw SiteError(.inPage(path: paths.releasePage(document.component, version: Self.pageVersion(document)), problem: error.problem))
        }
    }

    /// The values of the `release` and `unreleased` templates that come from the notes document.
    func releaseContext(_ document: NotesDocument, notes rendered: RenderedMarkdown) -> [String: Any] {
        var context = row(document)
        context["notesHTML"] = rendered.html
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
            let sameComponent = content.components.first { $0.name == document.component }
            if let baseRelease = sameComponent?.releases.first(where: { $0.range.to == base }), let version = baseRelease.version {
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

    /// Change titles and pull request numbers: what readers search releases by.
    static func searchText(_ document: NotesDocument) -> String {
        document.changes.map { change in
            change.title + (change.pullRequest.map { " #\($0)" } ?? "")
        }.joined(separator: " · ")
    }
}
