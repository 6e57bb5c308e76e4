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
}
