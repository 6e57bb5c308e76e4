import HeraldSupport

/// The benchmark's history, shaped like a Kubernetes CSI sidecar: main-line PRs, candidates, releases, and
/// release branches that get cherry-pick PRs and patch tags while main moves on.
struct SyntheticHistory {
    /// Lands every change; owns the stream, the clock and the random source.
    private var writer: PullRequestWriter
    /// Which releases to tag, planned up front.
    private let schedule: ReleaseSchedule
    /// At least this many commits are written.
    private let commitTarget: Int
    /// The last few main-line commits, newest last; PR branches fork from one of them.
    private var mainLine = MainLine(root: 0)
    /// Tip of each minor's release branch, by minor index, once it exists.
    private var releaseTips: [Int: Int] = [:]

    /// Release-branch commits one patch release takes on average: two cherry-pick PRs and a changelog.
    private static let commitsPerPatch = 5
    /// The branch every minor release starts from.

    /// Plans `tagTarget` tags and prepares to write at least `commitTarget` commits into `stream`.
    init(stream: FastImportStream, commitTarget: Int, tagTarget: Int) {
        var random = DeterministicRandom(seed: 0x4845_5241_4C44)
        schedule = ReleaseSchedule(tagTarget: tagTarget, random: &random)
        writer = PullRequestWriter(stream: stream, random: random)
        self.commitTarget = commitTarget
    }

    /// Writes the whole history; the stream still needs closing.
    mutating func write() throws {
        let readme = FileChange(path: "README.md", content: "# CSI sidecar\n\nA Kubernetes CSI sidecar.\n")
        let root = try writer.directCommit(ref: MainLine.ref, tip: nil, subject: "Initial commit",
                                           author: ChangeText.contributors[0], files: [readme])
        mainLine = MainLine(root: root)
        let minors = schedule.minors
        var patchesLeft = schedule.patchCount
        for (index, minor) in minors.enumerated() {
            let open = commitTarget - writer.stream.lastMark - patchesLeft * Self.commitsPerPatch
            let budget = max(8, open / (minors.count - index))
            let start = writer.stream.lastMark
            try mainLine.develop(with: &writer, until: start + budget / 2)
            patchesLeft -= try writePatches(dueIn: index)
            for candidate in stride(from: 1, through: minor.candidates, by: 1) {
                try mainLine.develop(with: &writer, until: start + budget * (6 + candidate) / 10)
                try tag(minor.candidateTag(candidate), at: mainLine.tip)
            }
            try mainLine.develop(with: &writer, until: start + budget - 1)
            try release(minor, index: index)
        }
        for cycle in minors.count..<(minors.count + 7) {
            patchesLeft -= try writePatches(dueIn: cycle)
        }
        // Commits after the last release stand for unreleased work and make up the count.
        try mainLine.develop(with: &writer, until: commitTarget)
    }

    /// Commits the changelog, tags vX.Y.0 on main or on the new release branch only, and opens the branch.
    private mutating func release(_ minor: PlannedMinor, index: Int) throws {
        let version = minor.tag(patch: 0)
        let changelog = "CHANGELOG/CHANGELOG-\(minor.major).\(minor.minor).md"
        let entry = FileChange(path: changelog, content: "# \(version)\n\nChanges since the last release.\n")
        let author = writer.random.pick(ChangeText.contributors)
        let tip = try writer.directCommit(ref: MainLine.ref, tip: mainLine.tip, subject: "Add changelog for \(version)",
                                          author: author, files: [entry])
        mainLine.append(tip)
        try writer.stream.reset("refs/heads/\(minor.branch)", to: tip, countsAsTag: false)
        var releaseTip = tip
        if minor.taggedOnReleaseBranchOnly {
            releaseTip = try writer.cherryPick(onto: minor, tip: tip)
        }
        try tag(version, at: releaseTip)
        releaseTips[index] = releaseTip
    }

    /// Writes patch release `cycle - i` of every minor `i` that is due in this cycle; returns how many.
    private mutating func writePatches(dueIn cycle: Int) throws -> Int {
        var written = 0
        for index in stride(from: max(0, cycle - 6), to: min(cycle, schedule.minors.count), by: 1) {
            let minor = schedule.minors[index]
            let patch = cycle - index
            guard patch <= minor.patches, var tip = releaseTips[index] else {
                continue
            }
            for _ in 0..<writer.random.between(1, 3) {
                tip = try writer.cherryPick(onto: minor, tip: tip)
            }
            if writer.random.chance(50) {
                let path = "CHANGELOG/CHANGELOG-\(minor.major).\(minor.minor).md"
                let entry = FileChange(path: path, content: "# \(minor.tag(patch: patch))\n\nBug fixes.\n")
                tip = try writer.directCommit(ref: "refs/heads/\(minor.branch)", tip: tip,
                                              subject: "Update changelog for \(minor.tag(patch: patch))",
                                              author: writer.random.pick(ChangeText.contributors), files: [entry])
            }
            try writer.stream.reset("refs/tags/\(minor.tag(patch: patch))", to: tip, countsAsTag: true)
            releaseTips[index] = tip
            written += 1
        }
        return written
    }

    /// Writes an annotated tag by the release manager shortly after its commit.
    private mutating func tag(_ name: String, at mark: Int) throws {
        try writer.stream.annotatedTag(name, at: mark, tagger: ChangeText.contributors[1], time: writer.tick(),
                                       message: "Kubernetes CSI sidecar \(name)")
    }
}
