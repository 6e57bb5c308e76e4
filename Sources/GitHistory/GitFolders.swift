/// A repository's git folder and common folder, found from its `.git` the way git finds them but without starting
/// git, and only where that is plain; whatever is unusual gives nil, and git is asked instead.
///
/// The repository is not trusted: two small files are read at most (a `.git` file and a linked worktree's
/// `commondir`), each a regular file of a few KB, and a `gitdir:` is followed only into a folder.
struct GitFolders: Equatable {
    /// The folder git reads HEAD from: `.git`, a linked worktree's folder under `worktrees/`, or the bare repository.
    let gitFolder: String
    /// The folder all worktrees share, holding `objects`, `refs` and `shallow`: `gitFolder` unless it names another.
    let commonFolder: String

    /// Variables that move the git folder, the common folder, the object store git checks or the shallow file: with
    /// any of them set, git decides.
    static let relocatingVariables = ["GIT_DIR", "GIT_COMMON_DIR", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY", "GIT_SHALLOW_FILE"]

    /// The most a `.git` file or a `commondir` file may hold; each names one path.
    static let fileLimit = 4096

    /// The folders of the repository at `path` (a work tree with `.git`, or a bare repository) when git started there
    /// with `environment` would plainly find them there; nil when git must say, such as for a folder inside a work tree.
    init?(at path: String, environment: [String: String]) {
        guard !Self.relocatingVariables.contains(where: { environment[$0] != nil }) else { return nil }
        let dotGit = path + "/.git"
        var owned = [path]
        let candidate: String
        switch FileEntry(at: dotGit).kind {
        case .missing:
            // git looks at `.git` first and only then at the folder itself, as a bare repository.
            candidate = path
        case .folder:
            candidate = dotGit
            owned.append(dotGit)
        case .file:
            guard let named = Self.gitFileTarget(dotGit, in: path) else { return nil }
            candidate = named
            owned += [dotGit, named]
        case .link, .other:
            return nil
        }
        guard FileEntry(at: candidate).kind == .folder, let common = Self.commonFolder(of: candidate),
              Self.isRepositoryFolder(candidate, common: common) else { return nil }
        // git refuses a repository another user owns unless `safe.directory` allows it, and says which: left to git.
        guard (owned + [candidate, common]).allSatisfy({ FileEntry(at: $0).isOwnedByCurrentUser }) else { return nil }
        gitFolder = candidate
        commonFolder = common
    }

    /// Whether the repository is shallow: its common folder's `shallow` is a file that lists commits. nil when the
    /// entry is something else (empty, a folder, unreadable), which git decides.
    var isShallow: Bool? {
        let entry = FileEntry(at: commonFolder + "/shallow")
        switch entry.kind {
        case .missing: return false
        case .file: return entry.size > 0 ? true : nil
        case .folder, .link, .other: return nil
        }
    }

    /// The folder a `.git` file at `file` names (`gitdir: PATH`, relative to `folder`), nil unless it is one line of
    /// that form.
    static func gitFileTarget(_ file: String, in folder: String) -> String? {
        guard let text = FileEntry.smallText(at: file, limit: fileLimit), text.hasPrefix("gitdir: ") else { return nil }
        guard let named = singlePath(String(text.dropFirst("gitdir: ".count))) else { return nil }
        return named.hasPrefix("/") ? named : folder + "/" + named
    }

    /// The common folder of the git folder `folder`: the path its `commondir` names (relative to `folder`), else
    /// `folder`; nil when `commondir` is there but is not one readable line.
    static func commonFolder(of folder: String) -> String? {
        let file = folder + "/commondir"
        // git reads `commondir` whenever `stat` finds it; a link that leads nowhere is left to git.
        guard FileEntry(at: file, following: false).kind != .missing else { return folder }
        guard let text = FileEntry.smallText(at: file, limit: fileLimit), let named = singlePath(text) else { return nil }
        return named.hasPrefix("/") ? named : folder + "/" + named
    }

    /// Whether git would take `folder` for a git folder: a HEAD, and `objects` and `refs` folders in `common`.
    /// HEAD's contents are not read; a HEAD git rejects then fails the first git command instead.
    static func isRepositoryFolder(_ folder: String, common: String) -> Bool {
        guard [.file, .link].contains(FileEntry(at: folder + "/HEAD", following: false).kind) else { return false }
        return FileEntry.isSearchableFolder(common + "/objects") && FileEntry.isSearchableFolder(common + "/refs")
    }

    /// `text` without the line ends git strips, when what is left is a non-empty path on one line.
    static func singlePath(_ text: String) -> String? {
        // Scalars, not characters: "\r\n" is one character.
        var path = Substring(text).unicodeScalars
        while let last = path.last, last == "\n" || last == "\r" { path.removeLast() }
        // A control character (a NUL git would stop at, a second line) makes the file one git reads differently.
        guard !path.isEmpty, !path.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return String(path)
    }
}
