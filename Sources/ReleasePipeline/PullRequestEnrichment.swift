import Changes
import GitHub

/// Reclassifies changes with what GitHub knows of their pull requests: labels and description come first (DESIGN §1).
struct PullRequestEnrichment {
    /// The classifier in force.
    let classifier: ChangeClassifier
    /// Metadata by pull request number.
    let info: [Int: PullRequestInfo]

    /// `detected` with kinds, notes, breaking flags and authors from the pull requests; a `release-note-none` label leaves a change out.
    func apply(to detected: DetectedChanges) -> DetectedChanges {
        var result = DetectedChanges(changes: [], excluded: detected.excluded)
        for var change in detected.changes {
            guard let number = change.pullRequest, let pull = info[number] else {
                result.changes.append(change)
                continue
            }
            let verdict = classifier.classify(title: pull.title, body: pull.body, labels: pull.labels)
            // A verdict of `other` means GitHub added nothing; what git said stands.
            if verdict.kind != .other { change.kind = verdict.kind }
            change.breaking = change.breaking || verdict.breaking
            change.note = verdict.note ?? change.note
            if let login = pull.author { change.authors = ["@" + login] }
            if let reason = verdict.exclusion {
                result.excluded.append(ExcludedChange(pullRequest: number, commit: change.commit, title: change.title, reason: reason))
            } else {
                result.changes.append(change)
            }
        }
        return result
    }
}
