import ReleasePipeline
import HeraldSupport
import Configuration
import Foundation
import GitHub
import Images
import ReleaseNotes
import Site

/// Builds the static site of every release and the docs pages: `herald site`.
struct SiteAction {
    /// The repository folder.
    var repo: String
    /// The output folder.
    var output: String = "_site"
    /// The URL the site is published at, over the configuration's `site.baseURL`.
    var baseURL: String?
    /// A templates folder, or nil for `HERALD_TEMPLATES` or the built-in templates.
    var templates: String?
    /// The configuration file, or nil for `REPO/.herald.yml` when it exists.
    var config: String?
    /// One component, or nil for all.
    var component: String?
    /// A docs folder to use instead of the configured one (any path, not only inside the repository).
    var docs: String?
    /// The API pull request metadata comes from, when the configuration asks for it; nil builds it from the environment.
    var api: GitHubAPI?
    /// Told how far the build got, for a progress line.
    var progress: (@Sendable (String) -> Void)?

    /// Reads every release, renders the site and swaps it into place.
    func run() throws -> CommandOutput {
        // Clear the progress line before anything else is printed, on success or failure.
        defer { progress?("") }
        // A folder that is not ours is refused before the build, not after it.
        let writer = SiteWriter(output: output)
        var (builder, diagnostics) = try read(checkingFirst: writer)
        // Pages go to the staging folder as they are rendered, so the site is never in memory whole.
        let (built, report) = try writer.write { sink in
            let built = try builder.buildSite(into: sink)
            progress?("write site")
            return built
        }
        diagnostics += built.warnings
        if builder.content.baseURL == nil {
            diagnostics.append(Diagnostic(
                .noBaseURL,
                "without a base URL there is no sitemap.xml, and 404.html works only at the site's root; pass --base-url or set site.baseURL"
            ))
        }
        let index = (report.output as NSString).appendingPathComponent("index.html")
        return CommandOutput(text: report.summary + "\nopen \(index)\n", diagnostics: diagnostics)
    }

    /// The builder of the site's content, read from every release and the docs folder, and the warnings of reading.
    ///
    /// A function of its own so that what reading holds (commit graphs, logs) is gone before pages are rendered.
    private func read(checkingFirst writer: SiteWriter) throws -> (SiteBuilder, [Diagnostic]) {
        let scope = try ProjectScope.load(repo: repo, config: config, component: component, single: false)
        try writer.checkReplaceable()
        let templatesFolder = ProjectScope.templatesFolder(option: templates)
        let renderer = try scope.renderer(folder: templatesFolder, style: .standard)
        let siteTemplates = try SiteTemplates.load(folder: templatesFolder)
        // Pull request metadata as configured (`drafts.pullRequestMetadata`), so each release reads as its notes do.
        let pullRequests = try scope.pullRequestSource(repo: repo, github: false, offline: false, api: api)
        var histories = scope.histories(pullRequests: pullRequests)
        progress?("read releases")
        let components = try ProjectHistory.componentReleases(of: &histories).map {
            SiteComponent(name: $0.name, releases: $0.releases, unreleased: $0.unreleased, images: $0.images)
        }
        var diagnostics = histories.flatMap(\.diagnostics)
        let site = scope.configuration.site ?? SiteConfiguration()
        let folder = SiteDocumentsFolder(repo: repo, configured: site.docs, explicit: docs, output: output)
        let (documents, files) = try folder.read(diagnostics: &diagnostics)
        let content = SiteContent(
            // A CI checkout's folder is often named by the job, so the repository's own name comes first.
            title: site.title ?? scope.configuration.project ?? scope.repositoryURL.map(Self.lastPathComponent) ?? Self.folderName(repo),
            baseURL: baseURL ?? site.baseURL?.absoluteString,
            repositoryURL: scope.repositoryURL,
            components: components, documents: documents, documentFiles: files
        )
        return (SiteBuilder(content: content, templates: siteTemplates, notes: renderer, progress: progress), diagnostics)
    }

    /// `name` of `https://github.com/owner/name`.
    static func lastPathComponent(_ url: String) -> String {
        String(url.split(separator: "/").last ?? Substring(url))
    }

    /// The repository folder's name, the title of last resort.
    static func folderName(_ repo: String) -> String {
        URL(fileURLWithPath: repo).standardizedFileURL.lastPathComponent
    }
}
