/// Commits held in memory with their parent links, so many ranges can be cut from one `git log`.
public struct CommitGraph: Sendable {
    /// Every commit read, in the order git printed them.
    public private(set) var commits: [Commit] = []
    /// The position in `commits` of each object name.
    private var positions: [String: Int] = [:]
    /// Parent positions per commit, first parent first; -1 marks a parent outside the graph.
    private(set) var parentPositions = ParentLinks()
    /// One more than the longest parent chain below each commit, so ancestors always rank lower.
    private(set) var generations: [Int] = []
    /// Records of git's output left out because they did not have a commit's shape; callers warn when not 0.
    public private(set) var rejectedRecords = 0

    /// Creates an empty graph.
    public init() {}

    /// The number of commits held.
    public var count: Int { commits.count }

    /// Adds a commit as git printed it; call `seal()` after the last one.
    public mutating func add(_ commit: Commit) {
        guard positions[commit.sha] == nil else { return }
        positions[commit.sha] = commits.count
        commits.append(commit)
    }

    /// Links parents and computes generation numbers, noting `rejectedRecords` the log left out; needed before ranges are cut.
    public mutating func seal(rejectedRecords: Int = 0) {
        self.rejectedRecords += rejectedRecords
        var links = ParentLinks(reservingCommits: commits.count, parents: commits.count + commits.count / 4)
        for index in commits.indices {
            for (slot, parent) in commits[index].parents.enumerated() {
                // git prints a commit's first parent next more often than not: that one comparison spares a look-up by name.
                let position = index + 1 < commits.count && commits[index + 1].sha == parent ? index + 1 : positions[parent] ?? -1
                links.append(position)
                // Parent names repeat other commits' names: point them at those strings instead of holding copies.
                if position >= 0 { commits[index].parents[slot] = commits[position].sha }
            }
            links.endCommit()
        }
        parentPositions = links
        generations = Array(repeating: 0, count: commits.count)
        var stack: [(Int, Int)] = []
        for root in commits.indices where generations[root] == 0 {
            stack.append((root, 0))
            // An explicit stack: histories are far deeper than the call stack allows.
            while let (node, next) = stack.popLast() {
                let parents = parentPositions[node]
                if next < parents.count {
                    stack.append((node, next + 1))
                    let parent = parents[parents.startIndex + next]
                    if parent >= 0, generations[parent] == 0 { stack.append((parent, 0)) }
                } else {
                    var highest = 0
                    for parent in parents where parent >= 0 { highest = max(highest, generations[parent]) }
                    generations[node] = 1 + highest
                }
            }
        }
    }

    /// The position of the commit named `sha`, if it was read.
    public func position(of sha: String) -> Int? { positions[sha] }

    /// The commit whose object name is `sha` or starts with it (seven or more characters).
    public func commit(named sha: String) -> Commit? {
        if let position = positions[sha] { return commits[position] }
        // Names are 40 hex digits in SHA-1 repositories and 64 in SHA-256 ones; a full name was looked up above.
        guard sha.utf8.count >= 7, sha.utf8.count < (commits.first?.sha.utf8.count ?? 0) else { return nil }
        return commits.first { $0.sha.hasPrefix(sha) }
    }
}
