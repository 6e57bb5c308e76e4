import HeraldSupport
import GitHistory

/// Finds the merged changes of a range on its first-parent line and classifies them.
public struct ChangeDetector: Sendable {
    /// The classifier for change text.
    public var classifier: ChangeClassifier
    /// The components changes are assigned to by their paths; empty for a repository that is one component.
    public var components: [ComponentPaths]

    /// Creates a detector.
    public init(classifier: ChangeClassifier = ChangeClassifier(), components: [ComponentPaths] = []) {
        self.classifier = classifier
        self.components = components
    }

    /// The changes of `range`; `original` looks up commits named by cherry-pick trailers outside the range.
    public func detect(_ range: CommitRange, original: (String) -> Commit? = { _ in nil }) -> DetectedChanges {
        let read: [[ChangeCandidate]]
        if range.mainline.count < 512 {
            read = range.mainline.map { candidates(for: $0, merged: range.merged[$0.sha] ?? [], original: original) }
        } else {
            // Large ranges are read on every core; `original` only reads, so sharing it is safe.
            read = withoutActuallyEscaping(original) { original in
                let shared = UncheckedSendable(original)
                return range.mainline.concurrentMap { commit in
                    candidates(for: commit, merged: range.merged[commit.sha] ?? [], original: shared.value)
                }
            }
        }
        return RevertPairing(candidates: Self.listedOnce(read)).resolve()
    }

    /// The candidates of one first-parent commit: the PRs a sync merge brought, else the commit itself.
    func candidates(for commit: Commit, merged: [Commit], original: (String) -> Commit?) -> [ChangeCandidate] {
        guard let sync = SyncMerge(commit, merged: merged) else {
            return [candidate(for: commit, merged: merged, original: original)]
        }
        return sync.pullRequests.map { pullRequest in
            var brought = candidate(for: pullRequest.commit, merged: pullRequest.merged, original: original)
            brought.broughtBy = commit.sha
            return brought
        }
    }

    /// Flattens per-commit candidates, listing a PR that sync merges brought once, and not when the mainline lists it.
    static func listedOnce(_ read: [[ChangeCandidate]]) -> [ChangeCandidate] {
        // Fields are read in place: every release's candidates pass here, and copying each whole costs more than the rest.
        var seen = Set<Int>()
        for group in read {
            for index in group.indices where group[index].broughtBy == nil {
                if let number = group[index].change.pullRequest { seen.insert(number) }
            }
        }
        var listed: [ChangeCandidate] = []
        listed.reserveCapacity(read.reduce(0) { $0 + $1.count })
        for group in read {
            for index in group.indices {
                if group[index].broughtBy != nil, let number = group[index].change.pullRequest, !seen.insert(number).inserted { continue }
                listed.append(group[index])
            }
        }
        return listed
    }

    /// Object names that cherry-pick trailers and revert messages in `range` point at, to be looked up before `detect`.
    public func referencedCommits(in range: CommitRange) -> [String] {
        var names: [String] = []
        for commit in range.mainline {
            let bodies = [commit.body] + ArrivedChange.ownCommits(range.merged[commit.sha] ?? []).map(\.body)
            names += CherryPickSignals(title: "", branch: nil, bodies: bodies).originalCommits
            names += RevertSignals(title: "", branch: nil, bodies: bodies).commits
        }
        return names
    }

    /// The commits that `(cherry picked from commit …)` trailers in `commits` name, full or abbreviated, each once.
    public static func trailerCommits(in commits: [Commit]) -> [String] {
        CherryPickSignals(title: "", branch: nil, bodies: commits.map(\.body)).originalCommits
    }

    /// Reads one first-parent commit as a change.
    func candidate(for commit: Commit, merged: [Commit], original: (String) -> Commit?) -> ChangeCandidate {
        let arrived = ArrivedChange(commit, merged: merged)
        let bodies = [arrived.body] + arrived.ownCommits.map(\.body)
        var cherry = CherryPickSignals(title: arrived.title, branch: arrived.branch, bodies: bodies)
        for sha in cherry.originalCommits {
            guard let found = original(sha) else { continue }
            switch CommitShape(found) {
            case let .pullRequestMerge(pullRequest, _, _), let .squashMerge(_, pullRequest):
                if !cherry.originals.contains(where: { $0.pullRequest == pullRequest }) {
                    cherry.originals.append(CherryPickOrigin(pullRequest: pullRequest, foundBy: .trailer))
                }
            default: break
            }
        }
        var revert = RevertSignals(title: cherry.title, branch: arrived.branch, bodies: [arrived.body])
        // A PR's own commits say which commit it reverts, but only when the PR itself is a revert.
        if revert.isRevert, !arrived.ownCommits.isEmpty {
            revert = RevertSignals(title: cherry.title, branch: arrived.branch, bodies: bodies)
        }
        var verdict = classifier.classify(title: cherry.title, body: arrived.body, paths: commit.files)
        if arrived.isVendored { verdict.kind = .dependency; verdict.title = arrived.title }
        // A merged PR's commits may carry `type!:` or a `BREAKING CHANGE:` footer that its title does not.
        if !verdict.breaking, arrived.pullRequest != nil, arrived.ownCommits.contains(where: {
            ChangeClassifier.hasBreakingFooter($0.body) || ConventionalTitle($0.subject).breaking
        }) {
            verdict.breaking = true
            verdict.exclusion = nil
        }
        if revert.isRevert, verdict.kind == .other { verdict.kind = .fix }
        if let reverted = RevertedPullRequest(revert, original: original) { verdict.title = reverted.title }
        var change = Change(
            pullRequest: arrived.pullRequest, commit: commit.sha, title: verdict.title, kind: verdict.kind,
            breaking: verdict.breaking, note: verdict.note, authors: arrived.authors, originals: cherry.originals,
            cherryPick: cherry.isCherryPick, components: components.filter { $0.owns(commit.files) }.map(\.name),
            time: commit.commitTime
        )
        change.madeForReleaseLine = cherry.marksReleaseLine
        return ChangeCandidate(
            change: change, subject: commit.subject, rawTitle: cherry.title,
            commits: [commit.sha] + merged.map(\.sha), revert: revert, exclusion: verdict.exclusion
        )
    }
}
