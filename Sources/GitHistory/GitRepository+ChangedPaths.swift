import Foundation
import HeraldSupport

extension GitRepository {
    /// The paths each commit of `include` but not `exclude` changes, by object name, as `graph(withFiles: true)` reads
    /// them (no renames, merges against their first parent), from one `git log` that prints nothing else.
    ///
    /// For commits a graph already holds without their paths: a fraction of reading them again in full.
    public func changedPaths(include: [String], exclude: [String] = []) throws -> [String: [String]] {
        guard !include.isEmpty else { return [:] }
        return try changedPaths(revisions: include + exclude.map { "^" + $0 }, options: [])
    }

    /// The paths each of the commits `names` (full object names) changes, read as `changedPaths(include:exclude:)`
    /// reads them but for those commits alone, with no walk of history; names git lacks are left out.
    ///
    /// Diffing is git's work on one core, so from `halving` names on two gits read a half each at once.
    public func changedPaths(ofCommits names: [String], halving: Int = changedPathsHalving) throws -> [String: [String]] {
        let valid = names.filter { $0.count >= 4 && $0.allSatisfy(\.isHexDigit) }
        let options = ["--no-walk=unsorted", "--ignore-missing"]
        guard valid.count >= max(2, halving) else {
            return valid.isEmpty ? [:] : try changedPaths(revisions: valid, options: options)
        }
        let half = valid.count / 2
        let (first, second) = try SideBySide.run({ try changedPaths(revisions: Array(valid[..<half]), options: options) }, beside: {
            try changedPaths(revisions: Array(valid[half...]), options: options)
        })
        return first.merging(second) { kept, _ in kept }
    }

    /// How many commits make `changedPaths(ofCommits:)` start a second git: below it, a start costs more than it saves.
    public static let changedPathsHalving = 400

    /// One `git log -z --name-only` of `revisions`, given on standard input so no name reads as an option.
    private func changedPaths(revisions: [String], options: [String]) throws -> [String: [String]] {
        let input = Data((revisions.joined(separator: "\n") + "\n").utf8)
        var parser = ChangedPathsParser()
        try git(input: input).stream(
            ["-c", "log.showSignature=false", "log", "-z", parser.formatArgument] + Self.fileOptions + options + ["--stdin"]
        ) { chunk in
            parser.feed(chunk)
        }
        parser.finish()
        return parser.paths
    }
}
