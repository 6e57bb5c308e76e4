import Foundation

/// The monorepo's row: herald's changelog of every release of both components, with the images their manifests
/// pin, against the floor of reading the same history and manifests with git alone.
struct ComponentsBenchmark {
    /// The generated monorepo, with main and its `.herald.yml` checked out.
    let repository: String
    /// Commits in the monorepo.
    let commits: Int
    /// Tags of both components.
    let tags: Int
    /// The server's tags, plain `vX.Y.Z` and candidates, whose manifests the floor reads.
    let serverTags: [Substring]
    /// The `TAG:PATH` lines that the floor's `git cat-file --batch` reads, one object each.
    let objectList: URL

    /// Components the monorepo's `.herald.yml` declares.
    static let componentCount = 2

    /// Finds or generates the monorepo in its own cache folder, prints its size and writes the object list.
    init(options: BenchmarkOptions) throws {
        let cache = RepositoryCache(root: options.cacheRoot, commitTarget: options.commits, tagTarget: options.tags,
                                    shape: "components")
        repository = try cache.prepare { stream in
            var history = MonorepoHistory(stream: stream, commitTarget: options.commits, tagTarget: options.tags)
            try history.write()
        }.path
        (commits, tags) = try BenchmarkProgram.describe(repository, label: "monorepo")
        serverTags = try ChildProcess.capture(["git", "-C", repository, "tag", "-l", "v*"]).split(separator: "\n")
        objectList = cache.directory.appendingPathComponent("manifest-objects.txt")
        let lines = serverTags.flatMap { tag in MonorepoText.manifestPaths.map { "\(tag):\($0)\n" } }
        do {
            try lines.joined().write(to: objectList, atomically: true, encoding: .utf8)
        } catch {
            throw BenchmarkFailure("cannot write \(objectList.path): \(error.localizedDescription)")
        }
    }

    /// How the monorepo's floor is made, for the lines above the table.
    var floorNote: String {
        "            the monorepo's floor adds --name-only --no-renames --diff-merges=first-parent to `git log --all`, "
            + "plus one `git cat-file --batch` of \(Format.count(serverTags.count * MonorepoText.manifestPaths.count)) "
            + "manifest blobs (\(MonorepoText.manifestPaths.count) files at each of \(Format.count(serverTags.count)) "
            + "server tags); best times of the two added"
    }

    /// Times the floor's two commands and `herald changelog`, and returns the table row.
    func measure(herald: String, runs: Int) -> [String] {
        let git = ["git", "-C", repository]
        let log = Measurement.bestOf(runs, name: "git", arguments: git + ["log", "-z", "--name-only", "--no-renames",
            "--diff-merges=first-parent", BenchmarkProgram.logFormat, "--all"])
        let batch = Measurement.bestOf(runs, name: "git", arguments: git + ["cat-file", "--batch"],
                                       input: .file(objectList.path))
        let floor = Measurement.sum([log, batch], name: "git")
        let changelog = Measurement.bestOf(runs, name: "herald",
                                           arguments: [herald, "changelog", "--repo", repository])
        return BenchmarkProgram.row("all releases, \(Self.componentCount) components + manifests",
                                    "(\(Format.count(commits)) commits, \(Format.count(tags)) tags)",
                                    floor: floor, measured: changelog, ratioTarget: 3)
    }
}
