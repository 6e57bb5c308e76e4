import ReleasePipeline
import HeraldSupport
import ArgumentParser
import Changes
import Configuration
import GitHistory

/// A repository's configuration and the components a command works on.
struct ProjectScope {
    /// The configuration in force.
    let configuration: HeraldConfiguration
    /// The configuration file read, or nil when the repository has none.
    let file: String?
    /// The components selected: the one `--component` names, or all.
    let components: [ComponentConfiguration]

    /// Manifest globs Herald reads when no configuration file says otherwise.
    static let defaultManifests = ["deploy/**/*.yaml", "deploy/**/*.yml"]

    /// Loads the configuration of `repo` and selects `component`; with `single`, a repository of several components needs a name.
    static func load(repo: String, config: String?, component: String?, single: Bool) throws -> ProjectScope {
        var (configuration, file) = try ConfigurationLoader.load(explicitPath: config, repository: repo)
        if file == nil, let globs = try? ProjectScope.defaultManifests.map(Glob.init) {
            // Without a file, the usual Kubernetes deploy folder is where manifests pin images.
            configuration.components[0].manifests = globs
        }
        let known = configuration.componentNames.joined(separator: ", ")
        if let component {
            guard let chosen = configuration.component(named: component) else {
                throw ValidationError("unknown component '\(component)'; known components: \(known)")
            }
            return ProjectScope(configuration: configuration, file: file, components: [chosen])
        }
        if single && configuration.components.count > 1 {
            throw ValidationError("this repository has several components (\(known)); pass --component NAME")
        }
        return ProjectScope(configuration: configuration, file: file, components: single ? [configuration.components[0]] : configuration.components)
    }

    /// The history of each selected component, reading the tags once, its notes files from the work tree and its
    /// pull request metadata from `pullRequests`.
    func histories(repo: String, pullRequests: (any PullRequestMetadataSource)? = nil) throws -> [ProjectHistory] {
        let repository = try GitRepository(path: repo)
        let tags = try repository.tags()
        return components.map {
            var history = ProjectHistory(repository: repository, tags: tags, configuration: configuration, component: $0)
            history.notesFiles = WorkTreeNotesFiles(repository: repo)
            history.pullRequests = pullRequests
            return history
        }
    }
}
