import Changes

extension RangePlan {
    /// Whether the range may lie on a release branch, given its `detected` changes: a patch release, unreleased
    /// changes, or a range with a pick that names no original or a change made for a release line.
    ///
    /// Only such ranges have changes worth linking to originals on the default branch: a minor release on the default
    /// branch, the common case, holds the originals themselves.
    func mayLieOnReleaseBranch(_ detected: DetectedChanges) -> Bool {
        release.map { $0.version.patch > 0 && !$0.version.isPrerelease } ?? true
            || detected.changes.contains { $0.originals.isEmpty && ($0.cherryPick || $0.madeForReleaseLine) }
    }

    /// The changes of `detected` that may be picks still to link: no original yet, and a pull request or a pick.
    static func linkable(_ change: Change) -> Bool {
        change.originals.isEmpty && (change.pullRequest != nil || change.cherryPick)
    }
}
