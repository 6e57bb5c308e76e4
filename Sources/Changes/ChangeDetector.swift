import GitHistory

/// Finds the merged changes of a range on its first-parent line and classifies them.
public struct ChangeDetector: Sendable {
    /// The classifier for change text.
    public var classifier: ChangeClassifier

    /// Creates a detector.
    public init(classifier: ChangeClassifier = ChangeClassifier()) {
        self.classifier = classifier
    }

    /// The changes of `range`; `original` looks up commits named by cherry-pick trailers outside the range.
    public func detect(_ range: CommitRange, original: (String) -> Commit? = { _ in nil }) -> DetectedChanges {
        let candidates = range.mainline.map { candidate(for: $0, merged: range.merged[$0.sha] ?? [], original: original) }
        return RevertPairing(candidates: candidates).resolve()
    }

    /// Object names that cherry-pick trailers and revert messages in `range` point at, to be looked up before `detect`.
    public func referencedCommits(in range: CommitRange) -> [String] {
        var names: [String] = []
        for commit in range.mainline {
            let bodies = [commit.body] + ownCommits(range.merged[commit.sha] ?? []).map(\.body)
            names += CherryPickSignals(title: "", branch: nil, bodies: bodies).originalCommits
            names += RevertSignals(title: "", branch: nil, bodies: bodies).commits
        }
        return names
    }

    /// Reads one first-parent commit as a change.
    func candidate(for commit: Commit, merged: [Commit], original: (String) -> Commit?) -> ChangeCandidate {
        var title = commit.subject
        var body = commit.body
        var number: Int?
        var branch: String?
        var authors = [AuthorIdentity.display(name: commit.authorName, email: commit.authorEmail)]
        var vendored = false
        switch CommitShape(commit) {
        case let .pullRequestMerge(pullRequest, owner, source):
            number = pullRequest
            branch = source
            // The fork owner is the author's login, unless the branch lives upstream (bots, maintainers).
            let logins = ownCommits(merged).filter { $0.authorEmail.hasSuffix("@users.noreply.github.com") }
                .map { AuthorIdentity.display(name: $0.authorName, email: $0.authorEmail) }
            var seen = Set<String>()
            authors = logins.isEmpty ? [owner] : logins.reversed().filter { seen.insert($0).inserted }
            let message = CommitShape.pullRequestTitle(inMergeBody: commit.body)
            title = message.map { String($0.title) } ?? source
            body = message.map { String($0.rest) } ?? ""
        case let .squashMerge(squashTitle, pullRequest):
            number = pullRequest
            title = squashTitle
        case let .subtreeSquash(directory, from, to):
            vendored = true
            title = SubtreeTitle(directory: directory, from: from, to: to).text
        case let .subtreeMerge(directory):
            vendored = true
            title = SubtreeTitle(merge: commit, merged: merged, directory: directory).text
        case .otherMerge, .plain:
            break
        }
        let bodies = [body] + (vendored ? [] : ownCommits(merged).map(\.body))
        var cherry = CherryPickSignals(title: title, branch: branch, bodies: bodies)
        for sha in cherry.originalCommits {
            guard let found = original(sha) else { continue }
            switch CommitShape(found) {
            case let .pullRequestMerge(pullRequest, _, _), let .squashMerge(_, pullRequest):
                if !cherry.originals.contains(pullRequest) { cherry.originals.append(pullRequest) }
            default: break
            }
        }
        var revert = RevertSignals(title: vendored ? "" : cherry.title, branch: branch, bodies: vendored ? [] : [body])
        // A PR's own commits say which commit it reverts, but only when the PR itself is a revert.
        if revert.isRevert, !vendored, !merged.isEmpty {
            revert = RevertSignals(title: cherry.title, branch: branch, bodies: bodies)
        }
        var verdict = classifier.classify(title: cherry.title, body: body)
        if vendored { verdict.kind = .dependency; verdict.title = title }
        if revert.isRevert, verdict.kind == .other { verdict.kind = .fix }
        if let reverted = RevertedPullRequest(revert, original: original) { verdict.title = reverted.title }
        let change = Change(
            pullRequest: number, commit: commit.sha, title: verdict.title, kind: verdict.kind, breaking: verdict.breaking,
            note: verdict.note, authors: authors, cherryPickOf: cherry.originals, cherryPick: cherry.isCherryPick,
            time: commit.commitTime
        )
        return ChangeCandidate(
            change: change, subject: commit.subject, rawTitle: cherry.title,
            commits: [commit.sha] + merged.map(\.sha), revert: revert, exclusion: verdict.exclusion
        )
    }

    /// The commits a merge brought in, without vendored subtrees and what is reachable only through them.
    func ownCommits(_ merged: [Commit]) -> [Commit] {
        guard merged.contains(where: { $0.subject.hasPrefix("Squashed '") || $0.subject.hasPrefix("Merge commit '") }) else {
            return merged
        }
        let bySHA = Dictionary(merged.map { ($0.sha, $0) }, uniquingKeysWith: { first, _ in first })
        var vendored = Set<String>()
        var stack: [String] = []
        for commit in merged {
            switch CommitShape(commit) {
            case .subtreeSquash: stack.append(commit.sha)
            case .subtreeMerge: stack += commit.parents.dropFirst()
            default: break
            }
        }
        while let sha = stack.popLast() {
            guard let commit = bySHA[sha], vendored.insert(sha).inserted else { continue }
            stack += commit.parents
        }
        return merged.filter { !vendored.contains($0.sha) }
    }
}
