import Configuration
import Foundation
import GitHistory
import HeraldSupport
import ReleaseNotes
import ReleasePipeline

/// A repository's configuration and release histories read through the libraries, as the command layer's scope reads
/// them, without the command layer: no environment, no pull request metadata.
struct LibraryProject {
    /// The repository folder.
    let repo: String
    /// The configuration in force.
    let configuration: HeraldConfiguration

    /// Manifest globs read when the repository has no configuration file, as `herald` does.
    static let defaultManifests = ["deploy/**/*.yaml", "deploy/**/*.yml"]

    /// Loads `repo/.herald.yml`, or the defaults when there is none.
    static func load(repo: String) throws -> LibraryProject {
        var (configuration, file) = try ConfigurationLoader.load(explicitPath: nil, repository: repo)
        if file == nil, let globs = try? defaultManifests.map(Glob.init) {
            configuration.components[0].manifests = globs
        }
        return LibraryProject(repo: repo, configuration: configuration)
    }

    /// The history of every component, with published notes read from the work tree.
    func histories() throws -> [ProjectHistory] {
        let repository = try GitRepository(path: repo)
        let tags = try repository.tags()
        return configuration.components.map {
            var history = ProjectHistory(repository: repository, tags: tags, configuration: configuration, component: $0)
            history.notesFiles = WorkTreeFiles(repository: repo)
            return history
        }
    }

    /// The Markdown renderer with the configured sections and the templates in `templates` (nil: the built-in ones).
    func renderer(templates: String?) throws -> MarkdownRenderer {
        MarkdownRenderer(templates: try TemplateLibrary.load(folder: templates), layout: configuration.sectionLayout)
    }

    /// Published notes files read straight from the work tree: the tests' repositories hold no links to guard against.
    struct WorkTreeFiles: NotesFileSource {
        /// The repository's work tree.
        var repository: String

        func contents(of path: String) throws -> Data? {
            FileManager.default.contents(atPath: (repository as NSString).appendingPathComponent(path))
        }
    }
}
