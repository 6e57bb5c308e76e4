import GitHistory

/// The commits of release branches, found in a graph that already holds all history: what tips reach and the
/// default branch does not, without another walk of history by git.
struct ReleaseSide {
    /// A graph of every commit reachable from its tips, the default branch's among them.
    let whole: CommitGraph
    /// The default branch's tip.
    let defaultTip: String

    /// The commits reachable from `tips` and not from the default branch, with their changed paths (read with one
    /// `git log --no-walk` when `whole` was read without them).
    func commits(from tips: [String], filesFrom repository: GitRepository) throws -> CommitGraph {
        let found = whole.commits(reachableFrom: tips, notFrom: [defaultTip])
        var graph = CommitGraph()
        // Commits that changed files but were read without them: a merge or empty commit lists none either way.
        if found.contains(where: { !$0.files.isEmpty }) || found.isEmpty {
            for commit in found { graph.add(commit) }
        } else {
            for commit in try repository.commitsWithFiles(named: found.map(\.sha)) { graph.add(commit) }
        }
        graph.seal()
        return graph
    }
}
