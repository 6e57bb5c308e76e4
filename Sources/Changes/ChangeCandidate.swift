import GitHistory

/// A first-parent commit read as a change, with the signals revert pairing needs.
struct ChangeCandidate {
    /// The change as it would be listed.
    var change: Change
    /// The commit's subject as git has it, for matching `Revert "…"` titles.
    var subject: String
    /// The title before cleaning, as a revert would quote it.
    var rawTitle: String
    /// Every commit of the change: the first-parent commit and what it merged.
    var commits: [String]
    /// What the change reverts, if anything.
    var revert: RevertSignals
    /// Why the change asked to be left out, if it did.
    var exclusion: String?
    /// The sync merge that brought this PR in from another line, when it was not merged on this one.
    var broughtBy: String?

    /// Whether this candidate is what `revert` names.
    func isTarget(of revert: RevertSignals) -> Bool {
        if let number = change.pullRequest, revert.pullRequests.contains(number) { return true }
        if revert.commits.contains(where: { sha in commits.contains { $0.hasPrefix(sha) } }) { return true }
        guard let title = revert.titleOnly else { return false }
        return title == change.title || title == subject || title == rawTitle
    }

    /// How notes refer to the change: `#12` or a short commit.
    var reference: String { change.reference }
}
