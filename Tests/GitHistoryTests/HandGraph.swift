@testable import GitHistory

/// Builds graphs from a compact spec: `"A: B:A M:B,F"` names each commit and its parents, first parent first.
enum HandGraph {
    static func make(_ spec: String) -> CommitGraph {
        var graph = CommitGraph()
        for (index, token) in spec.split(separator: " ").enumerated() {
            let parts = token.split(separator: ":", omittingEmptySubsequences: false)
            let parents = parts[1].split(separator: ",").map(String.init)
            graph.add(Commit(
                sha: String(parts[0]), parents: parents, authorName: "A", authorEmail: "a@example.com",
                authorTime: index, commitTime: index, subject: String(parts[0]), body: ""
            ))
        }
        graph.seal()
        return graph
    }
}

extension CommitRange {
    /// The first-parent line by name.
    var mainlineNames: [String] { mainline.map(\.sha) }

    /// What the merge named `name` brought in, by name; nil when it is not a mainline merge.
    func mergedNames(_ name: String) -> [String]? { merged[name]?.map(\.sha) }

    /// Every commit of the range, by name.
    var allNames: Set<String> { Set(mainlineNames + merged.values.flatMap { $0.map(\.sha) }) }
}
