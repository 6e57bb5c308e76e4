import GitHistory

/// The commits of release branches, found in a graph that already holds all history: what tips reach and the
/// default branch does not, without another walk of history by git.
struct ReleaseSide {
    /// A graph of every commit reachable from its tips, the default branch's among them.
    let whole: CommitGraph
    /// The default branch's tip.
    let defaultTip: String

    /// The commits reachable from `tips` and not from the default branch, as `whole` holds them (with changed paths
    /// only when it was read with them; patch matching reads the few it needs).
    func commits(from tips: [String]) -> CommitGraph {
        var graph = CommitGraph()
        for commit in whole.commits(reachableFrom: tips, notFrom: [defaultTip]) { graph.add(commit) }
        graph.seal()
        return graph
    }
}
