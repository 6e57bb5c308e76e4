import GitHistory

/// The commits of a range both of whose ends were named, read beside the tags instead of after them.
///
/// It is read before anything knows which refs are releases, so it counts only for the very commits and paths the
/// notes then ask for; any other range, or a read that failed, is read again the usual way, which also reports errors.
package struct EarlyRangeGraph: Sendable {
    /// The commit the range ends at.
    let tip: String
    /// The commit the range starts after.
    let base: String
    /// Whether the graph lists each commit's changed paths.
    let withFiles: Bool
    /// The range's commits.
    let graph: CommitGraph
    /// The commit each end's ref names, as git resolved it.
    let resolved: [String: String]

    /// Reads `from..to` in `repository`, with changed paths when `withFiles`; nil when either end names no commit or
    /// git fails, since then the usual read says why.
    static func read(from: String, to: String, in repository: GitRepository, withFiles: Bool) -> EarlyRangeGraph? {
        guard let ends = try? repository.resolve([to, from]), ends.count == 2,
              let graph = try? repository.graph(include: [ends[0]], exclude: [ends[1]], withFiles: withFiles) else { return nil }
        return EarlyRangeGraph(
            tip: ends[0], base: ends[1], withFiles: withFiles, graph: graph,
            // Both ends may be one ref: a literal with a repeated key would trap.
            resolved: Dictionary([(to, ends[0]), (from, ends[1])], uniquingKeysWith: { first, _ in first })
        )
    }

    /// The graph when it is the one `tip`, `base` and `withFiles` ask for, else nil.
    func graph(tip: String, base: String?, withFiles: Bool) -> CommitGraph? {
        tip == self.tip && base == self.base && withFiles == self.withFiles ? graph : nil
    }
}
