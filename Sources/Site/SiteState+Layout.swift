import Foundation
import ReleaseNotes
import Versioning

extension SiteState {
    /// Renders `template` with `context` and wraps it in the layout: the HTML page at site path `path`.
    ///
    /// With `shell`, the layout already rendered for the page's folder, only the page's own template is walked.
    func page(
        _ path: String, title: String, template: String, context: [String: Any], root: String? = nil, shell: LayoutShell? = nil,
        description: String? = nil
    ) throws -> String {
        var context = context
        let root = root ?? SitePaths.root(of: path)
        context["root"] = root
        context["siteTitle"] = content.title
        let body: String
        do {
            body = try templates.render(context, template: template)
        } catch let error as SiteError {
            throw SiteError(.inPage(path: path, problem: error.problem))
        }
        let fullTitle = title == content.title ? title : "\(title) · \(content.title)"
        if let shell { return shell.page(title: fullTitle, content: body) }
        return try layout(current: path, root: root, title: fullTitle, content: body, description: description)
    }

    /// The layout around `content`, for a page at `current`.
    func layout(current: String, root: String, title: String, content body: String, description: String? = nil) throws -> String {
        var layout = navigation(current: current)
        layout["description"] = description
        layout["repositoryURL"] = content.repositoryURL
        layout["root"] = root
        layout["title"] = title
        layout["siteTitle"] = content.title
        layout["content"] = body
        return try templates.render(layout, template: "layout")
    }

    /// The layout of pages in the folder of `page` that no navigation link marks as current, such as release pages.
    func shell(forPagesLike page: String) throws -> LayoutShell? {
        let rendered = try layout(current: "", root: SitePaths.root(of: page), title: LayoutShell.titleMarker, content: LayoutShell.contentMarker)
        return LayoutShell(rendered: rendered)
    }

    /// The links every page shows: components and docs pages, the current one marked.
    func navigation(current: String) -> [String: Any] {
        let components: [[String: Any]] = content.components.map { component in
            let path = paths.componentPage(component.name)
            return ["name": component.displayName, "path": path, "current": path == current]
        }
        let documents: [[String: Any]] = self.documents.map { ["title": $0.title, "path": $0.path, "current": $0.path == current] }
        var navigation: [String: Any] = [
            "components": components, "hasComponents": content.isMultiComponent,
            "documents": documents, "inDocuments": current.hasPrefix("docs/") && !documents.isEmpty,
        ]
        navigation["firstDocument"] = self.documents.first?.path
        return navigation
    }

    /// One release as lists show it.
    func row(_ document: NotesDocument) -> [String: Any] {
        let breaking = document.changes.filter(\.breaking).count
        var summary = document.publishedNotes != nil ? "published notes" : Self.count(document.changes.count, "change")
        if breaking > 0 && document.publishedNotes == nil { summary += ", \(breaking) breaking" }
        var row: [String: Any] = [
            "version": Self.pageVersion(document),
            "path": paths.releasePage(document.component, version: Self.pageVersion(document)),
            "componentPath": paths.componentPage(document.component),
            "date": document.date?.day ?? "",
            "prerelease": document.version?.isPrerelease ?? false,
            "summary": summary,
            "breaking": breaking > 0,
            "kinds": Set(document.changes.map(facetKind(of:))).sorted().joined(separator: " "),
        ]
        row["component"] = document.component
        row["isLatest"] = document.version.map { $0 == latestStable[document.component ?? ""] } ?? false
        return row
    }

    /// The values of the `facets` partial: filters over `target` (`releases` or `changes`) by the kinds given,
    /// with a component choice among `components` when there are several, and a pre-release switch for lists.
    func facets(_ target: String, kinds: [[String: Any]], components: [String] = [], prerelease: Bool) -> [String: Any] {
        ["target": target, "kinds": kinds, "components": components, "hasComponents": components.count > 1, "prerelease": prerelease]
    }

    /// The version as pages and paths name it: the tag form, or `unreleased`.
    static func pageVersion(_ document: NotesDocument) -> String {
        document.version?.tagName ?? "unreleased"
    }

    /// `server v1.2.0`, or `v1.2.0` for a repository of one component.
    static func releaseTitle(_ document: NotesDocument) -> String {
        [document.component, document.version?.tagName].compactMap { $0 }.joined(separator: " ")
    }

    /// The ids the site's own templates use, which headings in Markdown must not take.
    static let templateIDs: Set<String> = ["herald-main", "site-search", "search-query", "search-status", "search-results", "contributors"]

    /// `1 change`, `3 changes`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
