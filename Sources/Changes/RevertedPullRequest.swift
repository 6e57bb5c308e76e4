import GitHistory

/// The pull request a `git revert` of a merge commit undid, so its title can read `Revert "Title" (#N)`.
///
/// `git revert` of a merge quotes the merge subject, `Merge pull request #N from owner/branch`,
/// which tells a reader nothing; the merge commit itself holds the pull request's title.
struct RevertedPullRequest {
    /// The readable title.
    let title: String

    /// Reads the reverted merge through `original`; nil when the revert does not quote a pull request merge.
    init?(_ revert: RevertSignals, original: (String) -> Commit?) {
        guard let quoted = revert.revertedTitle, quoted.hasPrefix("Merge pull request #") else { return nil }
        for sha in revert.commits {
            guard let merge = original(sha), case let .pullRequestMerge(number, _, _) = CommitShape(merge) else { continue }
            let prTitle = merge.body.split(separator: "\n").first { !$0.trimmed.isEmpty }
            guard let prTitle else { continue }
            title = "Revert \"\(prTitle)\" (#\(number))"
            return
        }
        return nil
    }
}
