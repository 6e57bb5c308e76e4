import HeraldSupport

/// A history whose release branch carries picks that only their patches link to the default branch: each original
/// adds a file on main; each backport adds the same file on release-1.0, under a title that names nothing.
///
/// It measures the notes of a patch range that needs `git patch-id`, beside the ranges whose picks name originals.
struct PickHistory {
    /// The stream the history is written to.
    let stream: FastImportStream
    /// Pull requests on main, of which every tenth after the branch point is backported.
    let pullRequests: Int

    /// The release branch point's tag, the patch tag and what the range holds.
    static let base = "v1.0.0", patch = "v1.0.1"

    /// Writes main with `pullRequests` squash merges, release-1.0 with the backports, and the two tags.
    func write() throws {
        var random = DeterministicRandom(seed: 0x9A7C)
        var time = 1_600_000_000
        func tick() -> Int { time += 600; return time }
        let author = ChangeText.contributors[0]
        var main = try stream.commit(ref: "refs/heads/main", author: author, committer: author, time: tick(),
                                     message: "Initial commit", from: nil, files: [FileChange(path: "README.md", content: "pick history\n")])
        try stream.reset("refs/tags/\(Self.base)", to: main, countsAsTag: true)
        var release = main
        var originals: [(number: Int, file: FileChange)] = []
        for number in 1...pullRequests {
            // Nested folders of 50 files, as real trees are: a flat folder of thousands makes every tree diff slow.
            let path = "pkg/fixes\(number / 50)/fix\(number).go"
            let body = (0..<random.between(5, 40)).map { "line \($0) of fix \(number) \(random.next())" }.joined(separator: "\n")
            let file = FileChange(path: path, content: "package pkg\n\n" + body + "\n")
            let person = random.pick(ChangeText.contributors)
            main = try stream.commit(ref: "refs/heads/main", author: person, committer: ChangeText.github, time: tick(),
                                     message: "\(ChangeText.title(&random)) (#\(number))", from: main, files: [file])
            if number % 10 == 0 { originals.append((number, file)) }
        }
        // Backports come after their originals, as merged pull requests titled in the maintainers' own words.
        var next = pullRequests + 1
        for (index, original) in originals.enumerated() {
            let person = random.pick(ChangeText.contributors)
            let side = try stream.commit(ref: PullRequestWriter.scratchRef, author: person, committer: person, time: tick(),
                                         message: "Port the fix", from: release, files: [original.file])
            release = try stream.commit(ref: "refs/heads/release-1.0", author: ChangeText.mergeBot, committer: ChangeText.github,
                                        time: tick(), message: "Merge pull request #\(next) from \(person.login)/port-\(index)\n\nBackport a fix to 1.0",
                                        from: release, merge: side, files: [original.file])
            next += 1
        }
        try stream.reset("refs/tags/\(Self.patch)", to: release, countsAsTag: true)
    }
}
