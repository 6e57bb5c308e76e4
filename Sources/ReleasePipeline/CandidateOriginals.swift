import Changes
import GitHistory

/// The pull requests a pick's original may be, with their titles and the commits each brought: the default branch's
/// since the release branches left it, or one range's own.
struct CandidateOriginals {
    /// The pull requests by title.
    let index: DefaultBranchPullRequests
    /// Each non-merge commit of a pull request, by name, with the pull request's number.
    let pullRequestOfCommit: [String: Int]
    /// Those commits, for their changed files and times.
    let commits: [Commit]
    /// Whether `commits` carry their changed paths; when not, patch matching reads those of the few it may pair.
    let pathsRead: Bool
    /// The pull requests each candidate itself picks: a forward port names the release-branch change it came from,
    /// which is then its original, not its pick.
    let picking: [Int: [Int]]

    /// Reads the changes `detected` in `range`, listed or left out alike: a left-out pull request can still be picked.
    /// `pathsRead` says whether the range's commits carry their changed paths.
    init(range: CommitRange, detected: DetectedChanges, pathsRead: Bool) {
        let listed = detected.changes.compactMap { change in
            change.pullRequest.map { (number: $0, commit: change.commit, title: change.title, time: change.time) }
        }
        let left = detected.excluded.compactMap { change in
            change.pullRequest.map { (number: $0, commit: change.commit, title: change.title, time: 0) }
        }
        let all = listed + left
        index = DefaultBranchPullRequests(all.map { DefaultBranchPullRequests.Entry(pullRequest: $0.number, title: $0.title, time: $0.time) })
        let mainline = Dictionary(range.mainline.map { ($0.sha, $0) }, uniquingKeysWith: { first, _ in first })
        var owner: [String: Int] = [:]
        var commits: [Commit] = []
        for pullRequest in all {
            let own = [mainline[pullRequest.commit]].compactMap { $0 } + (range.merged[pullRequest.commit] ?? [])
            for commit in own where !commit.isMerge && owner[commit.sha] == nil {
                owner[commit.sha] = pullRequest.number
                commits.append(commit)
            }
        }
        pullRequestOfCommit = owner
        self.commits = commits
        self.pathsRead = pathsRead
        picking = Dictionary(detected.changes.compactMap { change in change.pullRequest.map { ($0, change.cherryPickOf) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether `candidate` may be the original of `pick`: not the pick itself, and not a port of it.
    func mayBeOriginal(_ candidate: Int, of pick: Int?) -> Bool {
        guard let pick else { return true }
        return candidate != pick && !(picking[candidate]?.contains(pick) ?? false)
    }

    /// The pull request whose commits include `name`, a full or abbreviated (7+ digits) commit name.
    func pullRequest(ofCommitNamed name: String) -> Int? {
        if let number = pullRequestOfCommit[name] { return number }
        guard name.count >= 7, name.count < 40 else { return nil }
        let matches = commits.filter { $0.sha.hasPrefix(name) }
        return matches.count == 1 ? pullRequestOfCommit[matches[0].sha] : nil
    }
}
