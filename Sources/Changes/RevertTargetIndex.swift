/// The candidates by what a revert can name them by (pull request, commit prefix, title), so that pairing looks
/// up each revert's target instead of scanning the range for it.
struct RevertTargetIndex {
    /// Candidate positions by pull request number.
    private var byPullRequest: [Int: [Int]] = [:]
    /// Candidate positions by the first seven characters of each of their commits.
    private var byCommitPrefix: [Substring: [Int]] = [:]
    /// Candidate positions by title, subject and raw title.
    private var byTitle: [String: [Int]] = [:]

    /// Indexes `candidates`, by title too when `reverts` holds a revert that names its target by title alone.
    init(_ candidates: [ChangeCandidate], for reverts: [RevertSignals]) {
        let byTitles = reverts.contains { $0.titleOnly != nil }
        for (position, candidate) in candidates.enumerated() {
            if let number = candidate.change.pullRequest { byPullRequest[number, default: []].append(position) }
            for commit in candidate.commits { byCommitPrefix[commit.prefix(7), default: []].append(position) }
            guard byTitles else { continue }
            for title in Set([candidate.change.title, candidate.subject, candidate.rawTitle]) { byTitle[title, default: []].append(position) }
        }
    }

    /// The positions of candidates that `revert` may name, a superset of those `isTarget(of:)` accepts.
    func candidates(namedBy revert: RevertSignals) -> Set<Int> {
        var found = Set(revert.pullRequests.flatMap { byPullRequest[$0] ?? [] })
        // Git abbreviates to at least seven characters; a shorter prefix is checked against every commit.
        for sha in revert.commits {
            if sha.count >= 7 {
                found.formUnion(byCommitPrefix[sha.prefix(7)] ?? [])
            } else {
                found.formUnion(byCommitPrefix.filter { $0.key.hasPrefix(sha) }.values.joined())
            }
        }
        if let title = revert.titleOnly { found.formUnion(byTitle[title] ?? []) }
        return found
    }
}
