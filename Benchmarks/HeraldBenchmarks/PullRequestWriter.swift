import HeraldSupport

/// Lands changes on a branch the ways GitHub does: merge commits of PR branches, squash merges and direct pushes.
struct PullRequestWriter {
    /// Where commits and tags go.
    let stream: FastImportStream
    /// The source of every choice, seeded for repeatability.
    var random: DeterministicRandom
    /// Seconds since the epoch of the last commit written; only moves forward.
    private(set) var clock = 1_514_764_800
    /// The next pull request number.
    private var number = 1
    /// Draws the path one change writes; a history of several components points it at the one releasing next.
    var pickPath: (inout DeterministicRandom) -> String

    /// The ref PR branches are built on, deleted after the import as GitHub's are never fetched.
    static let scratchRef = "refs/scratch/pull"

    /// Subjects of follow-up commits inside a PR branch.
    private static let followUps = ["Address review comments", "Fix unit tests", "Update vendor directory",
                                    "Rename flag as suggested in review", "Add missing license header"]

    /// Starts numbering PRs from 1 and time at 2018-01-01T00:00:00Z; changes write the paths `pickPath` draws,
    /// by default those of the sidecar's small tree.
    init(stream: FastImportStream, random: DeterministicRandom,
         pickPath: @escaping (inout DeterministicRandom) -> String = { $0.pick(ChangeText.paths) }) {
        self.stream = stream
        self.random = random
        self.pickPath = pickPath
    }

    /// Advances the clock by 10 to 50 minutes and returns it.
    mutating func tick() -> Int {
        clock += random.between(600, 3000)
        return clock
    }

    /// Lands one change on `ref` at `tip`: mostly merged PRs, then squashes, then direct pushes; titled `chosen`,
    /// or by a title drawn here when nil.
    mutating func landChange(ref: String, tip: Int, forkPoint: Int, title chosen: String? = nil) throws -> Int {
        let title = chosen ?? ChangeText.title(&random)
        let author = random.pick(ChangeText.contributors)
        switch random.weighted([(55, 0), (35, 1), (10, 2)]) {
        case 0:
            let branch = "\(author.login)/\(ChangeText.branchName(for: title))"
            return try mergePullRequest(ref: ref, tip: tip, forkPoint: forkPoint, title: title, branch: branch,
                                        author: author, commits: random.weighted([(6, 1), (3, 2), (1, 3)]))
        case 1:
            number += 1
            var body = "* \(title)"
            if random.chance(40) {
                body += "\n\n* \(random.pick(Self.followUps))"
            }
            let details = ChangeText.body(&random, author: author, releaseNoteChance: 35)
            let message = "\(title) (#\(number - 1))\n\n\(body)" + (details.isEmpty ? "" : "\n\n\(details)")
            return try stream.commit(ref: ref, author: author, committer: ChangeText.github, time: tick(),
                                     message: message, from: tip, files: fileChanges())
        default:
            return try directCommit(ref: ref, tip: tip, subject: title, author: author, files: fileChanges())
        }
    }

    /// Writes a commit pushed straight to `ref`, with an optional body.
    mutating func directCommit(ref: String, tip: Int?, subject: String, author: Person,
                               files: [FileChange]) throws -> Int {
        let body = ChangeText.body(&random, author: author, releaseNoteChance: 0)
        let message = body.isEmpty ? subject : "\(subject)\n\n\(body)"
        return try stream.commit(ref: ref, author: author, committer: author, time: tick(), message: message,
                                 from: tip, files: files)
    }

    /// Writes a `[release-X.Y]` cherry-pick PR of one or two commits and its merge into the release branch.
    mutating func cherryPick(onto release: PlannedMinor, tip: Int) throws -> Int {
        let title = "[\(release.branch)] \(ChangeText.title(&random))"
        let branch = "\(random.pick(ChangeText.contributors).login)/cherry-pick-\(random.between(1, number))"
            + "-to-\(release.branch)"
        return try mergePullRequest(ref: "refs/heads/\(release.branch)", tip: tip, forkPoint: tip, title: title,
                                    branch: branch, author: random.pick(ChangeText.contributors),
                                    commits: random.weighted([(7, 1), (3, 2)]), cherryPicked: true)
    }

    /// Builds a PR branch from `forkPoint`, then merges it into `ref` with GitHub's merge message.
    private mutating func mergePullRequest(ref: String, tip: Int, forkPoint: Int, title: String, branch: String,
                                           author: Person, commits: Int, cherryPicked: Bool = false) throws -> Int {
        var branchTip = forkPoint
        var merged: [FileChange] = []
        for index in 0..<commits {
            let subject = index == 0 ? title : random.pick(Self.followUps)
            let body = ChangeText.body(&random, author: author, releaseNoteChance: 0)
            var message = body.isEmpty ? subject : "\(subject)\n\n\(body)"
            if cherryPicked {
                message += "\n\n(cherry picked from commit \(random.hexWord(length: 40)))"
            }
            let files = fileChanges()
            branchTip = try stream.commit(ref: Self.scratchRef, author: author, committer: author, time: tick(),
                                          message: message, from: branchTip, files: files)
            merged.removeAll { change in files.contains { $0.path == change.path } }
            merged += files
        }
        number += 1
        let message = "Merge pull request #\(number - 1) from \(branch)\n\n\(title)"
        return try stream.commit(ref: ref, author: ChangeText.mergeBot, committer: ChangeText.github, time: tick(),
                                 message: message, from: tip, merge: branchTip, files: merged)
    }

    /// One file most of the time, two sometimes, from the small set of paths histories reuse.
    private mutating func fileChanges() -> [FileChange] {
        let serial = stream.lastMark + 1
        let first = pickPath(&random)
        var files = [FileChange(path: first, content: ChangeText.content(path: first, serial: serial))]
        let second = pickPath(&random)
        if second != first, random.chance(25) {
            files.append(FileChange(path: second, content: ChangeText.content(path: second, serial: serial)))
        }
        return files
    }
}
