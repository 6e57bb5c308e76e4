import GitHistory

/// What cross-branch linking read from git for a set of tips: reused while later ranges' tips are among them.
struct CrossBranchRead {
    /// The tips the release side was read for.
    var tips: Set<String>
    /// Their commits the default branch does not reach, with changed paths.
    var releaseSide: CommitGraph
    /// The default branch since the oldest branch point, once read.
    var defaultSide: CandidateOriginals?
}
