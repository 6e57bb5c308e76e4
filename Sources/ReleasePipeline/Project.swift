import Configuration
import GitHistory
import HeraldSupport

/// A repository opened once with its configuration and tags: where every command's pipeline starts.
package struct Project {
    /// The repository.
    package let repository: GitRepository
    /// The configuration in force.
    package let configuration: HeraldConfiguration
    /// The configuration file read, or nil when the repository has none.
    package let configurationFile: String?
    /// Every tag that names a commit, read once for all components.
    package let tags: [Tag]
    /// The default branch's and release branches' tips, read with the tags.
    package let branches: BranchTips
    /// The range asked for when opening, read beside the tags; nil when none was asked for or it could not be read.
    let earlyRange: EarlyRangeGraph?

    /// Manifest globs read when the repository has no configuration file: the usual Kubernetes deploy folder.
    package static let defaultManifests = ["deploy/**/*.yaml", "deploy/**/*.yml"]

    /// Reads the configuration (`configurationFile`, else `path/.herald.yml` when it exists), then opens the
    /// repository at `path` with `launch` and reads its tags and branch tips.
    ///
    /// With `range`, the notes of `range.from..range.to` are about to be read: their commits are read at the same
    /// time as the tags, by a second git, since neither read needs the other.
    package static func open(
        path: String, configurationFile: String?, launch: GitLaunch, range: (from: String, to: String)? = nil
    ) throws -> Project {
        var (configuration, file) = try ConfigurationLoader.load(explicitPath: configurationFile, repository: path)
        if file == nil, let globs = try? defaultManifests.map(Glob.init) {
            configuration.components[0].manifests = globs
        }
        let repository = try GitRepository(path: path, launch: launch)
        let withFiles = configuration.needsChangedPaths
        // The range's own read, and its thread, only when there is a range.
        let (refs, early) = try range.map { range in
            try SideBySide.run({ try repository.tagsAndBranches() }, beside: {
                EarlyRangeGraph.read(from: range.from, to: range.to, in: repository, withFiles: withFiles)
            })
        } ?? (repository.tagsAndBranches(), nil)
        return Project(
            repository: repository, configuration: configuration, configurationFile: file, tags: refs.tags, branches: refs.branches,
            earlyRange: early
        )
    }

    /// The history of each of `components` (default: all), reading published notes from `notesFiles` and pull
    /// request metadata from `pullRequests`.
    package func histories(
        of components: [ComponentConfiguration]? = nil,
        notesFiles: (any NotesFileSource)? = nil,
        pullRequests: (any PullRequestMetadataSource)? = nil
    ) -> [ProjectHistory] {
        (components ?? configuration.components).map {
            var history = ProjectHistory(repository: repository, tags: tags, configuration: configuration, component: $0, branches: branches)
            history.notesFiles = notesFiles
            history.pullRequests = pullRequests
            history.earlyRange = earlyRange
            return history
        }
    }
}
