import Changes
import GitHistory

extension ProjectHistory {
    /// `detected` with every change that meets a configured `exclude` rule moved to `excluded`, with that rule's reason.
    ///
    /// Runs once per range after pull request metadata, so a rule sees GitHub's labels and authors where they were
    /// read; `labels` holds each read pull request's labels. Changed paths come from `graph`, which holds each
    /// change's commit whenever `git log` listed paths.
    func withoutExcluded(_ detected: [DetectedChanges], labels: [Int: [String]], graph: CommitGraph) -> [DetectedChanges] {
        let rules = configuration.exclusions
        guard !rules.isEmpty else { return detected }
        return detected.map { found in
            var result = DetectedChanges(changes: [], excluded: found.excluded)
            for change in found.changes {
                let pullLabels = change.pullRequest.flatMap { labels[$0] } ?? []
                let paths = graph.commit(named: change.commit)?.files ?? []
                guard let index = rules.firstIndex(where: { $0.matches(change, labels: pullLabels, paths: paths) }) else {
                    result.changes.append(change)
                    continue
                }
                result.excluded.append(ExcludedChange(
                    pullRequest: change.pullRequest, commit: change.commit, title: change.title, reason: rules[index].reason(index: index)
                ))
            }
            return result
        }
    }
}
