/// A failure to read git history; each case names the problem, and `description` is the one lowercase line users see.
public enum GitHistoryError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The folder to open does not exist, or is a file.
    case noSuchFolder(path: String)
    /// The folder exists but git finds no repository in it.
    case notARepository(path: String)
    /// The clone has only part of the history, so ranges and bases would be wrong.
    case shallowClone(path: String)
    /// HEAD points at a branch with no commit yet.
    case noCommits(path: String)
    /// A ref that git must not be handed: empty, multi-line or starting with `-`.
    case invalidRevision(String)
    /// A ref that names no commit, with the nearest known names and, when none is near, a few known tags.
    case unknownRef(ref: String, nearest: [String], known: [String])
    /// The git executable could not be started.
    case cannotStartGit(command: String)
    /// git wrote nothing for `seconds` and was ended; `reading` is the object it was asked for, if one.
    case silent(command: String, seconds: Int, reading: String?)
    /// git exited with an error; `reason` is the telling line of its standard error.
    case gitFailed(command: String, reason: String)

    /// The error as one line: what was being read, then why and what to do.
    public var description: String {
        switch self {
        case .noSuchFolder(let path):
            return "\(path): no such folder"
        case .notARepository(let path):
            return "\(path): not a git repository"
        case .shallowClone(let path):
            return "\(path): shallow clone; herald needs full history: run `git fetch --unshallow --tags` "
                + "(in GitHub Actions set `fetch-depth: 0` on actions/checkout)"
        case .noCommits(let path):
            return "\(path): the repository has no commits yet; commit, then tag a release (git tag v0.1.0)"
        case .invalidRevision(let ref):
            return "ref '\(ref)': not a valid revision name"
        case .unknownRef(let ref, let nearest, let known):
            var hint = nearest.isEmpty ? "no tag, branch or commit has that name" : "did you mean \(nearest.joined(separator: ", "))?"
            if nearest.isEmpty && !known.isEmpty { hint += "; tags include \(known.joined(separator: ", "))" }
            return "unknown ref '\(ref)': \(hint)"
        case .cannotStartGit(let command):
            return "\(command): cannot start git (is git installed and on PATH?)"
        case .silent(let command, let seconds, let reading):
            let object = reading.map { " reading \($0)" } ?? ""
            return "\(command): git wrote nothing for \(seconds) seconds\(object); check that the repository's storage answers"
        case .gitFailed(let command, let reason):
            return "\(command): \(reason)"
        }
    }
}
