/// The commits of one range, as `git log FROM..TO` would list them, arranged for change detection.
public struct CommitRange: Sendable {
    /// The first-parent line from TO back to where FROM's history begins, newest first.
    public var mainline: [Commit]
    /// For each merge on the mainline, the commits it brought in, newest first.
    public var merged: [String: [Commit]]

    /// Creates a range from its parts.
    public init(mainline: [Commit], merged: [String: [Commit]]) {
        self.mainline = mainline
        self.merged = merged
    }

    /// Every commit of the range.
    public var commitCount: Int { mainline.count + merged.values.reduce(0) { $0 + $1.count } }
}
