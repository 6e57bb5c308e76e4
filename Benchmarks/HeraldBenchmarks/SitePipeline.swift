import Configuration
import Foundation
import GitHistory
import HeraldCLI
import ReleasePipeline
import Site

/// The site's release models read from a repository through the core pipeline, the way `herald site` reads them:
/// the project opened once, one history per component, one shared commit graph, then every release.
struct SitePipeline {
    /// The repository's work tree, with main checked out.
    let repository: String
    /// Its `.herald.yml`, loaded once.
    let configuration: HeraldConfiguration

    /// Loads the configuration, which the repository must have: the benchmark reads its components from it.
    init(repository: String) throws {
        self.repository = repository
        let (configuration, file) = try ConfigurationLoader.load(explicitPath: nil, repository: repository)
        guard file != nil else {
            throw BenchmarkFailure("\(repository) has no \(ConfigurationLoader.defaultFileName)")
        }
        self.configuration = configuration
    }

    /// Every component's releases, unreleased changes and images, read afresh from git; without pull request
    /// metadata, as `herald site` reads when the configuration asks for none.
    func components() throws -> [SiteComponent] {
        let project = try Project.open(path: repository, configurationFile: nil, launch: GitLaunch(inheriting: ProcessInfo.processInfo.environment))
        var histories = project.histories(notesFiles: WorkTreeNotesFiles(repository: repository))
        let components = try ProjectHistory.componentReleases(of: &histories).map {
            SiteComponent(name: $0.name, releases: $0.releases, unreleased: $0.unreleased, images: $0.images)
        }
        let warnings = histories.flatMap(\.diagnostics)
        guard warnings.isEmpty else {
            // A skipped tag or an unread notes file would make the site smaller than it claims to be.
            throw BenchmarkFailure("reading \(repository) warned: \(warnings.map(\.description).joined(separator: "; "))")
        }
        return components
    }

    /// The site of `components`, titled and addressed as the configuration's `site` says.
    func content(of components: [SiteComponent]) -> SiteContent {
        let site = configuration.site ?? SiteConfiguration()
        return SiteContent(
            title: site.title ?? configuration.project ?? "Storage releases", baseURL: site.baseURL?.absoluteString,
            repositoryURL: configuration.repository.map { "https://github.com/\($0)" }, components: components
        )
    }
}
