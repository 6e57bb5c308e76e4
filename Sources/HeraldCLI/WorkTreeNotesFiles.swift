import Foundation
import ReleasePipeline

/// Notes files read from the work tree, only as regular files inside the repository (`RepositoryFile`).
struct WorkTreeNotesFiles: NotesFileSource {
    /// The repository's work tree.
    var repository: String

    func contents(of path: String) throws -> Data? {
        try RepositoryFile(repository: repository, relative: path).read()
    }
}
