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

    /// The tip of each line's `release-MAJOR.MINOR` branch that exists, by branch name, as
    /// `GitRepository.branchTips(named:)` finds them: every such branch was read.
    public func tips(ofLines lines: [(major: Int, minor: Int)]) -> [String: String] {
        GitRepository.branchTips(named: lines.map { "release-\($0.major).\($0.minor)" }, in: refs)
    }
}
