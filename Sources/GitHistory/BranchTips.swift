/// Branch tips read beside the tags, by a `git for-each-ref` of their own: the refs the default branch is looked for at, and
/// every release branch (`release-*`, local or `origin`'s), so that later look-ups of them start no git.
public struct BranchTips: Sendable, Equatable {
    /// The refs and patterns read beside `refs/tags`. A pattern's `*` stops at `/`, which no release branch name holds.
    static let patterns = GitRepository.defaultBranchRefs + ["refs/heads/release-*", "refs/remotes/origin/release-*"]

    /// The object each ref read names, by full ref name.
    let refs: [String: String]

    /// Tips from refs already read, by full ref name.
    init(refs: [String: String]) {
        self.refs = refs
    }

    /// The commit at the tip of the default branch: the remote's HEAD, else `main` or `master`; nil when none exists.
    public var defaultBranch: String? { GitRepository.defaultBranch(in: refs) }

    /// The tip of each of `names` that exists, as `GitRepository.branchTips(named:)` finds them; nil when a name is
    /// not a release branch, as only those were read.
    public func tips(ofBranches names: [String]) -> [String: String]? {
        guard names.allSatisfy({ $0.hasPrefix("release-") && !$0.contains("/") }) else { return nil }
        return GitRepository.branchTips(named: names, in: refs)
    }
}
