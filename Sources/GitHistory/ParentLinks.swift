/// The parent positions of every commit in a graph, held in two flat arrays instead of one array per commit.
///
/// A hundred thousand small arrays cost a hundred thousand allocations to build and to free, and 48 bytes or more
/// each; these cost two.
struct ParentLinks: Sendable {
    /// Where each commit's parents begin in `links`; one entry more than there are commits, so the last ends them.
    private var starts: [Int] = [0]
    /// Every commit's parent positions in turn, first parent first; -1 marks a parent outside the graph.
    private var links: [Int] = []

    /// No commits yet.
    init() {}

    /// Room for `commits` commits with about `parents` parents in all.
    init(reservingCommits commits: Int, parents: Int) {
        starts.reserveCapacity(commits + 1)
        links.reserveCapacity(parents)
    }

    /// The number of commits held.
    var count: Int { starts.count - 1 }

    /// The parent positions of the commit at `node`, first parent first.
    subscript(node: Int) -> ArraySlice<Int> {
        links[starts[node]..<starts[node + 1]]
    }

    /// Adds the next commit's parent positions.
    mutating func append(_ parent: Int) {
        links.append(parent)
    }

    /// Ends the parents of the commit being added; the next `append` starts the following commit's.
    mutating func endCommit() {
        starts.append(links.count)
    }
}
