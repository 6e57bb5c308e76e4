/// The default branch while a synthetic history is written: its newest commits, which new pull requests fork from.
struct MainLine {
    /// The branch's ref.
    static let ref = "refs/heads/main"

    /// The newest marks, newest last; only the last few are ever forked from.
    private var recent: [Int]

    /// Starts the line at `root`.
    init(root: Int) {
        recent = [root]
    }

    /// The newest commit.
    var tip: Int { recent[recent.count - 1] }

    /// Records a new commit at the tip.
    mutating func append(_ mark: Int) {
        recent.append(mark)
        if recent.count > 8 { recent.removeFirst() }
    }

    /// Lands changes until the history holds `target` commits, each forked from one of the newest four.
    mutating func develop(with writer: inout PullRequestWriter, until target: Int) throws {
        while writer.stream.lastMark < target {
            let forkPoint = recent[recent.count - 1 - writer.random.below(min(4, recent.count))]
            append(try writer.landChange(ref: Self.ref, tip: tip, forkPoint: forkPoint))
        }
    }
}
