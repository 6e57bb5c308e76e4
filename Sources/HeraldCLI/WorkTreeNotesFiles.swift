import Foundation
import ReleasePipeline

/// Notes files read from the work tree, only as regular files inside the repository (`RepositoryFile`).
package struct WorkTreeNotesFiles: NotesFileSource {
    /// The repository's work tree.
    package var repository: String

    /// Reads notes from the work tree of `repository`.
    package init(repository: String) {
        self.repository = repository
    }

    /// The file's bytes, or nil when it does not exist.
    package func contents(of path: String) throws -> Data? {
        try RepositoryFile(repository: repository, relative: path).read()
    }
}
