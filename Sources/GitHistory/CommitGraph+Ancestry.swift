extension CommitGraph {
    /// Which of `candidates` are reachable from `tip` and not from any of `bases`: `git log BASES..TIP` asked about them alone.
    ///
    /// Bases the graph lacks exclude nothing, so a graph read as `git log TIP ^BASE` answers for that range.
    /// The walk is the one `range(tip:bases:)` makes, so its cost follows the size of the range.
    public func reachable(_ candidates: [String], from tip: String, notFrom bases: [String]) -> Set<String> {
        guard let tipPosition = position(of: tip) else { return [] }
        let inRange = members(tip: tipPosition, bases: bases.compactMap { position(of: $0) })
        return Set(candidates.filter { position(of: $0).map(inRange.contains) ?? false })
    }

    /// A sealed graph of `commits`.
    public init(_ commits: [Commit]) {
        self.init()
        for commit in commits { add(commit) }
        seal()
    }

    /// The commits reachable from `tips` and not from `stops`, in graph order: `git log TIPS ^STOPS` over a graph that
    /// holds all of their history. One walk over positions per side.
    public func commits(reachableFrom tips: [String], notFrom stops: [String]) -> [Commit] {
        func marks(from starts: [String], blocked: [Bool]?) -> [Bool] {
            var seen = [Bool](repeating: false, count: commits.count)
            var stack = starts.compactMap { position(of: $0) }
            while let node = stack.popLast() {
                guard !seen[node], !(blocked?[node] ?? false) else { continue }
                seen[node] = true
                for parent in parentPositions[node] where parent >= 0 && !seen[parent] { stack.append(parent) }
            }
            return seen
        }
        let excluded = marks(from: stops, blocked: nil)
        let included = marks(from: tips, blocked: excluded)
        return commits.indices.filter { included[$0] }.map { commits[$0] }
    }

    /// The commits whose history holds the commit named `ancestor`, which the graph itself may lack (a range's base):
    /// one pass over the graph in generation order.
    public func descendants(of ancestor: String) -> Set<String> {
        var descends = [Bool](repeating: false, count: commits.count)
        // Ancestors rank lower, so each commit is settled after all of its parents.
        for node in commits.indices.sorted(by: { generations[$0] < generations[$1] }) {
            descends[node] = commits[node].parents.contains(ancestor) || parentPositions[node].contains { $0 >= 0 && descends[$0] }
        }
        return Set(commits.indices.filter { descends[$0] }.map { commits[$0].sha })
    }
}
