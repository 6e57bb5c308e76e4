import Foundation

extension GitRepository {
    /// Resolves each ref to a commit with one `git cat-file --batch-check` process.
    ///
    /// An unknown ref is an error that suggests the nearest of `suggestions` (give the most relevant names first);
    /// an unknown HEAD is `GitHistoryError.noCommits`, as only a repository without commits has one.
    public func resolve(_ refs: [String], suggestions: @autoclosure () -> [String] = []) throws -> [String] {
        guard !refs.isEmpty else { return [] }
        for ref in refs where ref.isEmpty || ref.contains("\n") || ref.hasPrefix("-") {
            throw GitHistoryError.invalidRevision(ref)
        }
        return try zip(refs, peel(refs)).map { ref, sha in
            guard let sha else { throw unknown(ref, suggestions: suggestions()) }
            return sha
        }
    }

    /// The error for a ref that names no commit: an unborn HEAD means no commits yet, else the nearest known names.
    func unknown(_ ref: String, suggestions: [String]) -> GitHistoryError {
        // HEAD always names a commit once there is one: unresolved, it is the unborn branch of a new repository.
        if ref == "HEAD" { return .noCommits(path: path) }
        let near = NearNames(candidates: suggestions).nearest(to: ref)
        return .unknownRef(ref: ref, nearest: near, known: near.isEmpty ? Array(suggestions.prefix(3)) : [])
    }

    /// Reads the commits reachable from `include` and not from `exclude` with one streaming `git log -z`.
    ///
    /// `visit` sees each commit as soon as it is parsed; nothing holds git's whole output. Returns
    /// how many records were left out because they did not have a commit's shape (warn when not 0).
    @discardableResult
    public func log(include: [String], exclude: [String] = [], options: [String] = [], visit: (Commit) throws -> Void) throws -> Int {
        let revisions = include + exclude.map { "^" + $0 }
        let input = Data((revisions.joined(separator: "\n") + "\n").utf8)
        var parser = CommitLogParser()
        try git(input: input).stream(
            ["-c", "log.showSignature=false", "log", "-z", parser.formatArgument] + options + ["--stdin"]
        ) { chunk in
            try parser.feed(chunk, emit: visit)
        }
        try parser.finish(emit: visit)
        return parser.rejectedRecords
    }

    /// The commits named by `names` (full or abbreviated), with one `git log --no-walk`; unknown names are left out.
    /// With `withFiles`, each lists its changed paths (merges against their first parent).
    public func commits(named names: [String], withFiles: Bool = false) throws -> [Commit] {
        let valid = names.filter { $0.count >= 4 && $0.allSatisfy(\.isHexDigit) }
        guard !valid.isEmpty else { return [] }
        let files = withFiles ? Self.fileOptions : []
        var found: [Commit] = []
        try log(include: valid, options: ["--no-walk", "--ignore-missing"] + files) { found.append($0) }
        return found
    }

    /// Reads the commits of `include` but not `exclude` into a graph, with changed paths when `withFiles`.
    ///
    /// Paths come from the same `git log`: `--name-only --no-renames`, merges against their first
    /// parent. No file contents are read, so partial clones without blobs work.
    public func graph(include: [String], exclude: [String] = [], withFiles: Bool = false) throws -> CommitGraph {
        var graph = CommitGraph()
        let options = withFiles ? Self.fileOptions : []
        let rejected = try log(include: include, exclude: exclude, options: options) { graph.add($0) }
        graph.seal(rejectedRecords: rejected)
        return graph
    }

    /// What makes `git log` list changed paths as Herald reads them: names only, no renames, merges against their first parent.
    static let fileOptions = ["--name-only", "--no-renames", "--diff-merges=first-parent"]
}
