import Foundation

extension GitRepository {
    /// The paths each commit of `include` but not `exclude` changes, by object name, as `graph(withFiles: true)` reads
    /// them (no renames, merges against their first parent), from one `git log` that prints nothing else.
    ///
    /// For commits a graph already holds without their paths: a fraction of reading them again in full.
    public func changedPaths(include: [String], exclude: [String] = []) throws -> [String: [String]] {
        guard !include.isEmpty else { return [:] }
        let revisions = include + exclude.map { "^" + $0 }
        let input = Data((revisions.joined(separator: "\n") + "\n").utf8)
        var parser = ChangedPathsParser()
        try git(input: input).stream(
            ["-c", "log.showSignature=false", "log", "-z", parser.formatArgument] + Self.fileOptions + ["--stdin"]
        ) { chunk in
            parser.feed(chunk)
        }
        parser.finish()
        return parser.paths
    }
}
