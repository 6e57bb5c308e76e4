import CommonMark
import Foundation
import Changes
import Images
import ReleaseNotes

/// Renders the pages that list releases: the index, each component's page, unreleased changes, search and 404.
struct IndexPagesStep: SiteStep {
    let name = "render indexes"

    /// One page, or pair of pages, this step makes.
    enum Job: Sendable {
        case index, component(Int), search, missing
    }

    func run(_ state: inout SiteState) throws {
        let newestFirst = state.newestFirst.map(\.document)
        let jobs: [Job] = [.index, .search, .missing] + state.content.components.indices.map(Job.component)
        let snapshot = state
        // The pages are independent, and the long lists take a while: both cores make them.
        let results = jobs.concurrentMap { job -> Swift.Result<[(String, String)], Error> in
            Swift.Result { try pages(job, newestFirst: newestFirst, state: snapshot) }
        }
        for result in results {
            for (path, text) in try result.get() { state.add(path, text) }
        }
    }

    /// The pages of one job, as site paths and HTML.
    func pages(_ job: Job, newestFirst: [NotesDocument], state: SiteState) throws -> [(String, String)] {
        switch job {
        case .index:
            let components: [[String: Any]] = state.content.components.map { component in
                var entry: [String: Any] = ["name": component.displayName, "path": state.paths.componentPage(component.name)]
                entry["latest"] = component.releases.first { $0.version.map { !$0.isPrerelease } ?? false }?.version?.tagName
                if component.unreleased != nil { entry["unreleasedPath"] = state.paths.unreleasedPage(component.name) }
                entry["hasImages"] = !component.images.isEmpty
                entry["comparePath"] = component.releases.contains { $0.version != nil } ? state.paths.compareForm(component.name) : nil
                return entry
            }
            let names = state.content.components.compactMap(\.name)
            let context: [String: Any] = [
                "releases": newestFirst.map(state.row), "hasReleases": !newestFirst.isEmpty, "components": components,
                "multiComponent": state.content.isMultiComponent,
                "facets": state.facets("releases", kinds: state.facetKinds(in: newestFirst), components: names, prerelease: true),
            ]
            return [("index.html", try state.page("index.html", title: state.content.title, template: "index", context: context))]
        case .search:
            let entries: [[String: Any]] = newestFirst.map(state.row) + state.documents.map { ["title": $0.title, "path": $0.path] }
            return [("search.html", try state.page("search.html", title: "Search", template: "search", context: ["entries": entries]))]
        case .missing:
            // GitHub Pages serves 404.html at any depth, so its links are absolute when the base URL is known.
            let root = state.content.baseURL ?? ""
            return [("404.html", try state.page("404.html", title: "Page not found", template: "404", context: [:], root: root))]
        case .component(let index):
            return try componentPages(state.content.components[index], state: state)
        }
    }

    /// A component's page, with its releases, images and floating tags, and its page of unreleased changes.
    func componentPages(_ component: SiteComponent, state: SiteState) throws -> [(String, String)] {
        var pages: [(String, String)] = []
        let path = state.paths.componentPage(component.name)
        let imageTags = Set(component.releases.compactMap { $0.version.map(PublishedImages.imageTag(for:)) })
        let images: [[String: Any]] = component.images.map { image in
            let tags: [[String: Any]] = image.floatingTags.map { tag in
                var entry: [String: Any] = ["tag": tag.tag, "reference": image.reference(for: tag), "target": tag.target]
                if imageTags.contains(tag.target) {
                    entry["targetPath"] = state.paths.releasePage(component.name, version: tag.target)
                }
                return entry
            }
            return ["name": image.name, "floatingTags": tags, "hasFloatingTags": !tags.isEmpty]
        }
        var context: [String: Any] = [
            "name": component.displayName, "releases": component.releases.map(state.row), "hasReleases": !component.releases.isEmpty,
            "images": images, "hasImages": !images.isEmpty,
            "feedPath": state.content.isMultiComponent ? state.paths.feed(component.name) : "feed.xml",
            "comparePath": state.paths.compareForm(component.name),
            "releasesHeading": component.name.map { "Releases of \($0)" } ?? "All releases",
            "facets": state.facets("releases", kinds: state.facetKinds(in: component.releases), prerelease: true),
        ]
        if let unreleased = component.unreleased {
            let unreleasedPath = state.paths.unreleasedPage(component.name)
            context["unreleasedPath"] = unreleasedPath
            context["unreleasedCount"] = SiteState.count(unreleased.changes.count, "change")
            let notes = try state.siteNotes(unreleased, at: unreleased.range.toCommit)
            var page = state.releaseContext(unreleased, notesHTML: notes.html)
            page["name"] = component.displayName
            page["hasChanges"] = !unreleased.changes.isEmpty
            page["componentPath"] = path
            let title = "\(component.name.map { $0 + " " } ?? "")unreleased changes"
            pages.append((unreleasedPath, try state.page(unreleasedPath, title: title, template: "unreleased", context: page)))
        }
        let title = component.name ?? "Releases"
        pages.append((path, try state.page(path, title: title, template: "component", context: context)))
        return pages
    }
}
