import CommonMark
import Foundation
import ReleaseNotes
import Versioning

/// What the pipeline has made so far, and what every step needs to make more.
struct SiteState: Sendable {
    /// What the site is made of.
    let content: SiteContent
    /// The templates and theme.
    let templates: SiteTemplates
    /// Renders the notes of generated releases.
    let notes: ReleaseNotes.MarkdownRenderer
    /// Told how far a step got.
    let progress: (@Sendable (String) -> Void)?
    /// Where pages live.
    let paths: SitePaths
    /// Where Markdown links lead.
    let links: SiteLinkPolicy
    /// Each component's latest stable release, by component name (`""` for a repository of one component).
    let latestStable: [String: SemanticVersion]
    /// Each component's releases in version order, by component name (`""` for a repository of one component).
    let orders: [String: ReleaseOrder]
    /// Who contributed to each release, and whose first release it was.
    let contributors: ReleaseContributors
    /// The files made so far, by site path.
    var files: SiteFiles
    /// The docs pages rendered, in navigation order (an unweighted `index.md`, then by weight, title and path), for navigation and search.
    var documents: [RenderedPage] = []
    /// The release pages rendered, in component order then newest first, for indexes, feeds and search.
    var releases: [RenderedRelease] = []

    /// Creates the starting state.
    init(
        content: SiteContent, templates: SiteTemplates, notes: ReleaseNotes.MarkdownRenderer, progress: (@Sendable (String) -> Void)?,
        sink: (any SiteFileSink)? = nil
    ) {
        files = SiteFiles(sink: sink)
        self.content = content
        self.templates = templates
        self.notes = notes
        self.progress = progress
        paths = SitePaths(multiComponent: content.isMultiComponent)
        var orders: [String: ReleaseOrder] = [:]
        for component in content.components { orders[component.name ?? ""] = ReleaseOrder(component.releases) }
        self.orders = orders
        latestStable = orders.compactMapValues { $0.latestStable?.version }
        contributors = ReleaseContributors(content.components.flatMap(\.releases))
        links = SiteLinkPolicy(
            repositoryURL: content.repositoryURL, folder: content.documents.first?.folder ?? "",
            documentPaths: Set(content.documents.map(\.path)), documentFiles: Set(content.documentFiles.keys)
        )
    }

    /// The rendered releases, newest date first, then in the order they were rendered.
    var newestFirst: [RenderedRelease] {
        NotesDocument.newestFirstOrder(releases.map(\.document)).map { releases[$0] }
    }

    /// The release order of `component`'s releases.
    func order(of component: String?) -> ReleaseOrder {
        orders[component ?? ""] ?? ReleaseOrder([])
    }

    /// How many pages a step renders at once before handing them on: enough to keep every core busy, few enough
    /// that a site of thousands of releases never holds its pages together.
    static let pageBatch = 64

    /// Adds a file made of `text`.
    mutating func add(_ path: String, _ text: String) {
        files.put(Data(text.utf8), at: path)
    }
}
