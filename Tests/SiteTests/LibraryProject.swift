import Configuration
import Foundation
import GitHistory
import HeraldSupport
import ReleaseNotes
import ReleasePipeline

/// A repository's configuration and release histories read through the libraries, as the command layer reads
/// them, without the command layer: no pull request metadata.
struct LibraryProject {
    /// The repository, its configuration and tags.
    let project: Project

    /// The repository folder.
    var repo: String { project.repository.path }
    /// The configuration in force.
    var configuration: HeraldConfiguration { project.configuration }

    /// Opens `repo` with `repo/.herald.yml`, or the defaults when there is none.
    static func load(repo: String) throws -> LibraryProject {
        LibraryProject(project: try Project.open(path: repo, configurationFile: nil, launch: GitLaunch(inheriting: ProcessInfo.processInfo.environment)))
    }

    /// The history of every component, with published notes read from the work tree.
    func histories() throws -> [ProjectHistory] {
        project.histories(notesFiles: WorkTreeFiles(repository: repo))
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
