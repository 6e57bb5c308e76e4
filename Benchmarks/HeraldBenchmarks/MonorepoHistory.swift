import HeraldSupport

/// The benchmark's second history: a monorepo whose server releases `vX.Y.Z` and rewrites the manifests under
/// `deploy/` each time, and whose client releases `client/vX.Y.Z`, both from main with their own release branches.
struct MonorepoHistory {
    /// Lands every change; owns the stream, the clock and the random source.
    private var writer: PullRequestWriter
    /// The server's track first, then the client's.
    private var tracks: [ReleaseTrack]
    /// At least this many commits are written.
    private let commitTarget: Int
    /// The last few main-line commits, newest last; PR branches fork from one of them.
    private var mainLine = MainLine(root: 0)
    /// The manifests on main, rewritten by every server release from main.
    private var mainManifests = DeployManifests()

    /// The branch every minor release starts from.

    /// Plans seven tenths of `tagTarget` as server tags and the rest as client tags, and prepares to write at least
    /// `commitTarget` commits into `stream`.
    init(stream: FastImportStream, commitTarget: Int, tagTarget: Int) {
        var random = DeterministicRandom(seed: 0x4D4F_4E4F_5245_504F)
        let serverTags = tagTarget * 7 / 10
        tracks = [
            ReleaseTrack(schedule: ReleaseSchedule(tagTarget: serverTags, random: &random), pinsManifests: true),
            ReleaseTrack(schedule: ReleaseSchedule(tagTarget: tagTarget - serverTags,
                                                   tagPrefix: MonorepoText.clientPrefix, random: &random),
                         pinsManifests: false),
        ]
        writer = PullRequestWriter(stream: stream, random: random, pickPath: MonorepoText.path)
        self.commitTarget = commitTarget
    }

    /// Writes the whole history; the stream still needs closing.
    mutating func write() throws {
        let files = [FileChange(path: "README.md", content: MonorepoText.readme),
                     FileChange(path: ".herald.yml", content: MonorepoText.configuration)] + mainManifests.files
        let root = try writer.directCommit(ref: MainLine.ref, tip: nil, subject: "Initial commit",
                                           author: ChangeText.contributors[0], files: files)
        mainLine = MainLine(root: root)
        let reserved = tracks.reduce(0) { $0 + $1.reservedCommits }
        let span = max(commitTarget / 2, commitTarget - reserved)
        let events = tracks.indices.flatMap { tracks[$0].events(track: $0, span: span) }.sorted { $0.precedes($1) }
        for event in events {
            try mainLine.develop(with: &writer, until: event.position)
            switch event.step {
            case .candidate(let minor, let number):
                try tag(tracks[event.track].schedule.minors[minor].candidateTag(number), at: mainLine.tip)
            case .release(let minor):
                try release(minor, of: event.track)
            case .patches(let cycle):
                for (index, patch) in tracks[event.track].patchesDue(in: cycle) {
                    try writePatch(patch, of: index, in: event.track)
                }
            }
        }
        // Commits after the last release stand for unreleased work and make up the count.
        try mainLine.develop(with: &writer, until: commitTarget)
    }

    /// Commits the changelog (and for the server the manifests at the new version), tags vX.Y.0 on main or on
    /// the new release branch only, and opens the branch.
    private mutating func release(_ index: Int, of track: Int) throws {
        let minor = tracks[track].schedule.minors[index]
        let version = minor.tag(patch: 0)
        var files = [FileChange(path: MonorepoText.changelog(for: minor),
                                content: "# \(version)\n\nChanges since the last release.\n")]
        if tracks[track].pinsManifests {
            mainManifests.serverTag = version
            mainManifests.moveSidecars(&writer.random, minorRelease: true)
            files += mainManifests.files
            tracks[track].manifests[index] = mainManifests
        }
        let tip = try writer.directCommit(ref: MainLine.ref, tip: mainLine.tip, subject: "Release \(version)",
                                          author: writer.random.pick(ChangeText.contributors), files: files)
        mainLine.append(tip)
        try writer.stream.reset("refs/heads/\(minor.branch)", to: tip, countsAsTag: false)
        var releaseTip = tip
        if minor.taggedOnReleaseBranchOnly {
            releaseTip = try writer.cherryPick(onto: minor, tip: tip)
        }
        try tag(version, at: releaseTip)
        tracks[track].releaseTips[index] = releaseTip
    }

    /// Cherry-picks one to three PRs onto minor `index`'s branch, commits the release (always for the server,
    /// which rewrites its manifests; half the time for the client) and tags the patch without a tag object.
    private mutating func writePatch(_ patch: Int, of index: Int, in track: Int) throws {
        let minor = tracks[track].schedule.minors[index]
        guard var tip = tracks[track].releaseTips[index] else {
            return
        }
        for _ in 0..<writer.random.between(1, 3) {
            tip = try writer.cherryPick(onto: minor, tip: tip)
        }
        let version = minor.tag(patch: patch)
        var files = [FileChange(path: MonorepoText.changelog(for: minor), content: "# \(version)\n\nBug fixes.\n")]
        if var manifests = tracks[track].manifests[index] {
            manifests.serverTag = version
            manifests.moveSidecars(&writer.random, minorRelease: false)
            files += manifests.files
            tracks[track].manifests[index] = manifests
        }
        if tracks[track].pinsManifests || writer.random.chance(50) {
            tip = try writer.directCommit(ref: "refs/heads/\(minor.branch)", tip: tip, subject: "Release \(version)",
                                          author: writer.random.pick(ChangeText.contributors), files: files)
        }
        try writer.stream.reset("refs/tags/\(version)", to: tip, countsAsTag: true)
        tracks[track].releaseTips[index] = tip
    }

    /// Writes an annotated tag by the release manager shortly after its commit.
    private mutating func tag(_ name: String, at mark: Int) throws {
        try writer.stream.annotatedTag(name, at: mark, tagger: ChangeText.contributors[1], time: writer.tick(),
                                       message: "Bench monorepo \(name)")
    }
}
