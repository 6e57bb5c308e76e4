import Foundation

/// Reads a repository's notes files, which the command layer keeps safe (regular files inside the work tree).
package protocol NotesFileSource: Sendable {
    /// The bytes of the notes file at the repository-relative `path`, nil when there is none; throws when it may not be read.
    func contents(of path: String) throws -> Data?
}
