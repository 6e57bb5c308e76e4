import CommonMark
import Foundation
import ReleaseNotes

/// Renders the pages that list releases: the index, each component's page, unreleased changes, search and 404.
struct IndexPagesStep: SiteStep {
    let name = "render indexes"

    func run(_ state: inout SiteState) throws {
        let newestFirst = state.releases.enumerated().sorted {
            ($0.element.document.date ?? "", $1.offset) > ($1.element.document.date ?? "", $0.offset)
        }.map(\.element.document)
        do {
            let components: [[String: Any]] = state.content.components.map { component in
                var entry: [String: Any] = ["name": component.displayName, "path": state.paths.componentPage(component.name)]
                entry["latest"] = component.releases.first { !($0.version?.contains("-") ?? true) }?.version
                if component.unreleased != nil { entry["unreleasedPath"] = state.paths.unreleasedPage(component.name) }
                return entry
            }
            let context: [String: Any] = [
                "releases": newestFirst.map(state.row), "hasReleases": !newestFirst.isEmpty, "components": components,
                "multiComponent": state.content.isMultiComponent,
            ]
            state.add("index.html", try state.page("index.html", title: state.content.title, template: "index", context: context))
        }
        for component in state.content.components {
            try componentPages(component, state: &state)
        }
        let entries: [[String: Any]] = newestFirst.map(state.row) + state.documents.map { ["title": $0.title, "path": $0.path] }
        state.add("search.html", try state.page("search.html", title: "Search", template: "search", context: ["entries": entries]))
        let missingRoot = state.content.baseURL ?? ""
        state.add("404.html", try state.page("404.html", title: "Page not found", template: "404", context: [:], root: missingRoot))
    }

    /// A component's page, with its releases, images and floating tags, and its page of unreleased changes.
    func componentPages(_ component: SiteComponent, state: inout SiteState) throws {
        let path = state.paths.componentPage(component.name)
        let imageTags = Set(component.releases.compactMap { $0.version.map(SiteState.imageTag) })
        let images: [[String: Any]] = component.images.map { image in
            let tags: [[String: Any]] = image.floatingTags.map { tag in
                var entry: [String: Any] = ["tag": tag.tag, "reference": image.reference(for: tag), "target": tag.target]
                if imageTags.contains(tag.target) {
                    entry["targetPath"] = state.paths.releasePage(component.name, version: tag.target)
                }
                return entry
            }
            return ["name": image.name, "floatingTags": tags]
        }
        var context: [String: Any] = [
            "name": component.displayName, "releases": component.releases.map(state.row), "hasReleases": !component.releases.isEmpty,
            "images": images, "hasImages": !images.isEmpty,
            "feedPath": state.content.isMultiComponent ? state.paths.feed(component.name) : "feed.xml",
        ]
        if let unreleased = component.unreleased {
            let unreleasedPath = state.paths.unreleasedPage(component.name)
            context["unreleasedPath"] = unreleasedPath
            context["unreleasedCount"] = SiteState.count(unreleased.changes.count, "change")
            let markdown = try state.notesMarkdown(unreleased)
            let rendered = CommonMark.MarkdownRenderer(rewriteLink: state.links.rewriter(notesAt: unreleased.range.toCommit)).render(markdown)
            var page = state.releaseContext(unreleased, notes: rendered)
            page["name"] = component.displayName
            page["hasChanges"] = !unreleased.changes.isEmpty
            page["componentPath"] = path
            let title = "\(component.name.map { $0 + " " } ?? "")unreleased changes"
            state.add(unreleasedPath, try state.page(unreleasedPath, title: title, template: "unreleased", context: page))
        }
        let title = component.name ?? "Releases"
        state.add(path, try state.page(path, title: title, template: "component", context: context))
    }
}
