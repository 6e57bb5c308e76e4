/// What the base picker needs to know from git for one release: which patches of the previous line its history holds.
///
/// A patch "on the branch" of `tip` is reachable from `tip` and not from `lineStart`, that is in
/// `git log LINESTART..TIP`. Where patches sit on a `release-X.Y` branch none is; where every tag
/// is on the default branch (release-please, git-cliff) they all are.
public struct AncestryQuestion: Sendable, Hashable {
    /// The commit being noted: a release's, or HEAD's for unreleased notes.
    public var tip: String
    /// The first release of the previous line, where that line's range starts.
    public var lineStart: Release
    /// The previous line's later releases, newest first.
    public var patches: [Release]

    /// Creates a question.
    public init(tip: String, lineStart: Release, patches: [Release]) {
        self.tip = tip
        self.lineStart = lineStart
        self.patches = patches
    }
}
