import HeraldSupport

/// The site benchmark's history: a server (seven tenths of the releases, tagged `server/vX.Y.Z`, rewriting the
/// manifests under `deploy/` each time) and a client (`client/vX.Y.Z`) released from one repository.
///
/// Each minor is tagged on main and its patches on its own release branch, so every release's notes hold just
/// the 10 to 60 changes landed for it; every 20th release of a component has a published notes file on main.
struct SiteHistory {
    /// Lands every change; owns the stream, the clock and the random source.
    private var writer: PullRequestWriter
    /// How many releases both components have together.
    private let releases: Int
    /// The last few main-line commits, newest last; PR branches fork from one of them.
    private var mainLine = MainLine(root: 0)
    /// The manifests the server's releases rewrite, pinning its image at each release.
    private var manifests = DeployManifests()
    /// Releases written so far, by component.
    private var written: [String: Int] = [:]
    /// The tip of each component's newest release branch.
    private var branchTips: [String: Int] = [:]

    /// Prepares to write `releases` releases into `stream`.
    init(stream: FastImportStream, releases: Int) {
        writer = PullRequestWriter(stream: stream, random: DeterministicRandom(seed: 0x5173), pickPath: MonorepoText.path)
        self.releases = releases
    }

    /// Writes the whole history; the stream still needs closing.
    mutating func write() throws {
        let files = [FileChange(path: "README.md", content: SiteText.readme),
                     FileChange(path: ".herald.yml", content: SiteText.configuration)] + manifests.files
        let root = try writer.directCommit(ref: MainLine.ref, tip: nil, subject: "Initial commit",
                                           author: ChangeText.contributors[0], files: files)
        mainLine = MainLine(root: root)
        let serverReleases = releases * 7 / 10
        var servers = 0
        for step in 0..<releases {
            // Interleaved evenly, so both components release throughout the history.
            if servers < (step + 1) * serverReleases / releases {
                servers += 1
                try release(component: "server", prefix: SiteText.serverPrefix, paths: MonorepoText.server)
            } else {
                try release(component: "client", prefix: SiteText.clientPrefix, paths: MonorepoText.client)
            }
        }
        // Changes after the last releases give the site's unreleased pages something to show.
        writer.pickPath = MonorepoText.path
        try mainLine.develop(with: &writer, until: writer.stream.lastMark + 20)
    }

    /// Lands 10 to 60 changes touching `paths`, then commits and tags the component's next release: a minor on main,
    /// a patch on the minor's release branch.
    private mutating func release(component: String, prefix: String, paths: [String]) throws {
        let index = written[component, default: 0]
        written[component] = index + 1
        let version = SiteText.version(index)
        let tag = "v\(version.major).\(version.minor).\(version.patch)"
        let branch = "refs/heads/\(prefix)release-\(version.major).\(version.minor)"
        writer.pickPath = { $0.pick(paths) }
        var titles: [String] = []
        let onMain = version.patch == 0
        var tip = onMain ? mainLine.tip : branchTips[component, default: mainLine.tip]
        let ref = onMain ? MainLine.ref : branch
        for _ in 0..<writer.random.between(10, 60) {
            let title = SiteText.title(&writer.random)
            titles.append(title)
            tip = try writer.landChange(ref: ref, tip: tip, forkPoint: tip, title: title)
            if onMain { mainLine.append(tip) }
        }
        var files = [SiteText.changelog(component: component, version: version)]
        if component == "server" {
            manifests.serverTag = tag
            manifests.moveSidecars(&writer.random, minorRelease: onMain)
            files += manifests.files
        }
        // Published notes are read from main's work tree, so only minors (on main) get them.
        if onMain, index % 20 == 0 {
            files.append(SiteText.publishedNotes(component: component, tag: tag, titles: titles))
        }
        tip = try writer.directCommit(ref: ref, tip: tip, subject: "Release \(prefix)\(tag)",
                                      author: writer.random.pick(ChangeText.contributors), files: files)
        if onMain {
            mainLine.append(tip)
            try writer.stream.annotatedTag("\(prefix)\(tag)", at: tip, tagger: ChangeText.contributors[1],
                                           time: writer.tick(), message: "Storage \(component) \(tag)")
        } else {
            try writer.stream.reset("refs/tags/\(prefix)\(tag)", to: tip, countsAsTag: true)
        }
        branchTips[component] = tip
    }
}
