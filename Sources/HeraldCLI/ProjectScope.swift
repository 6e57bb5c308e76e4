import ReleasePipeline
import HeraldSupport
import ArgumentParser
import Changes
import Configuration
import Foundation
import GitHistory

/// A repository opened once with its configuration, and the components a command works on.
struct ProjectScope {
    /// The repository, its configuration and tags.
    let project: Project
    /// The components selected: the one `--component` names, or all.
    let components: [ComponentConfiguration]

    /// The configuration in force.
    var configuration: HeraldConfiguration { project.configuration }

    /// How git starts: from Herald's own environment, read here once so that the libraries read none.
    static let gitLaunch = GitLaunch(inheriting: ProcessInfo.processInfo.environment)

    /// Opens `repo` with its configuration and selects `component`; with `single`, a repository of several components needs a name.
    /// `range` names the ends of notes about to be read, whose commits are then read beside the tags.
    static func load(
        repo: String, config: String?, component: String?, single: Bool, range: (from: String, to: String)? = nil
    ) throws -> ProjectScope {
        let project = try Project.open(path: repo, configurationFile: config, launch: gitLaunch, range: range)
        let configuration = project.configuration
        let known = configuration.componentNames.joined(separator: ", ")
        if let component {
            guard let chosen = configuration.component(named: component) else {
                throw ValidationError("unknown component '\(component)'; known components: \(known)")
            }
            return ProjectScope(project: project, components: [chosen])
        }
        if single && configuration.components.count > 1 {
            throw ValidationError("this repository has several components (\(known)); pass --component NAME")
        }
        return ProjectScope(project: project, components: single ? [configuration.components[0]] : configuration.components)
    }

    /// The history of each selected component, its notes files read from the work tree and its pull request
    /// metadata from `pullRequests`.
    /// `upstreams` names the folder of upstream clones and published models that image digests read, if any.
    func histories(pullRequests: (any PullRequestMetadataSource)? = nil, upstreams: String? = nil) -> [ProjectHistory] {
        let reader = upstreams.map { UpstreamReader(folder: $0, launch: Self.gitLaunch) }
        return project.histories(of: components, notesFiles: WorkTreeNotesFiles(repository: project.repository.path), pullRequests: pullRequests)
            .map { history in
                var history = history
                history.upstreams = reader
                return history
            }
    }
}
