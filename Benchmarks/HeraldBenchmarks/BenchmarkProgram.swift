import Foundation
import Glibc

/// A failure the benchmark reports on one line before exiting with status 1.
struct BenchmarkFailure: Error, CustomStringConvertible {
    /// The one-line explanation.
    let description: String

    /// Wraps an explanation.
    init(_ description: String) {
        self.description = description
    }
}

/// Times herald against the git floor, and against git-cliff when installed, on a large generated history.
/// It prints measurements and asserts nothing: missing a target still exits 0.
@main
struct BenchmarkProgram {
    /// The fields herald reads from `git log`, unit-separated, one commit per NUL-terminated record.
    static let logFormat = "--format=%H%x1f%P%x1f%an%x1f%ae%x1f%at%x1f%ct%x1f%s%x1f%b"

    /// Parses flags, then measures; any failure is one line on standard error and exit status 1.
    static func main() {
        let options = BenchmarkOptions.fromCommandLine()
        // A child that closes its input early must give EPIPE, not kill the benchmark.
        signal(SIGPIPE, SIG_IGN)
        do {
            try run(options)
        } catch {
            FileHandle.standardError.write(Data("HeraldBenchmarks: \(error)\n".utf8))
            exit(1)
        }
    }

    /// Prepares the repository, times every command, and prints the table.
    static func run(_ options: BenchmarkOptions) throws {
        if options.siteOnly {
            let site = try SiteBenchmark(releases: options.tags, runs: options.runs, cacheRoot: options.cacheRoot).measure()
            show(site.note)
            var table = ResultTable()
            site.rows.forEach { table.add($0) }
            show(table.render())
            return
        }
        guard access(options.herald, X_OK) == 0 else {
            throw BenchmarkFailure("--herald \(options.herald) is not an executable file")
        }
        if options.tagsOnly {
            let scaling = try TagScalingBenchmark.measure(herald: options.herald, runs: options.runs, cacheRoot: options.cacheRoot)
            var table = ResultTable()
            scaling.rows.forEach { table.add($0) }
            show(table.render())
            show(scaling.note)
            return
        }
        let cache = RepositoryCache(root: options.cacheRoot, commitTarget: options.commits, tagTarget: options.tags)
        let repository = try cache.prepare { stream in
            var history = SyntheticHistory(stream: stream, commitTarget: options.commits, tagTarget: options.tags)
            try history.write()
        }.path
        let git = ["git", "-C", repository]
        let (commits, tags) = try describe(repository, label: "repository")
        let monorepo = try ComponentsBenchmark(options: options)
        let range = try ReleaseRange.middle(of: repository)
        let runs = options.runs
        show("method      best of \(runs) runs (the median beside it shows the noise), none started after \(Int(Measurement.budgetSeconds)) s on one command; "
            + "wall clock by CLOCK_MONOTONIC from spawn to reap; stdin and stdout on /dev/null; "
            + "floors are `git log -z --format=<herald's fields>` over the same commits")
        show(monorepo.floorNote)
        show("memory      peak = highest ru_maxrss over the runs, from wait4(2) on the child's own pid; Linux starts "
            + "it at the spawner's peak (\(Format.mebibytes(kibibytes: Measurement.spawnFloorKiB())) here), "
            + "so a figure at that floor prints as ≤")

        let rangeLabel = "range \(range.revisions)"
        let rangeSize = "(\(Format.count(range.commits)) commits)"
        let log = git + ["log", "-z", logFormat]
        let gitRange = Measurement.bestOf(runs, name: "git", arguments: log + [range.revisions])
        let gitAll = Measurement.bestOf(runs, name: "git", arguments: log + ["--all"])
        let heraldRange = Measurement.bestOf(runs, name: "herald", arguments: [options.herald, "notes",
            "--repo", repository, "--from", range.from, "--to", range.to, "--format", "markdown"])
        let heraldAll = Measurement.bestOf(runs, name: "herald",
                                           arguments: [options.herald, "changelog", "--repo", repository])
        var table = ResultTable()
        // Start-up alone: loading the binary and its libraries, before any git runs.
        let gitVersion = Measurement.bestOf(runs, name: "git", arguments: ["git", "--version"])
        let heraldVersion = Measurement.bestOf(runs, name: "herald", arguments: [options.herald, "--version"])
        table.add(row("start-up", "(--version; floor: git --version)", floor: gitVersion, measured: heraldVersion, ratioTarget: nil))
        table.add(row(rangeLabel, rangeSize, floor: gitRange, measured: heraldRange, ratioTarget: 2))
        if let patch = try ReleaseRange.patch(after: range, in: repository) {
            // A release-branch patch: its picks are linked to the default branch by title and patch id.
            let gitPatch = Measurement.bestOf(runs, name: "git", arguments: log + [patch.revisions])
            let heraldPatch = Measurement.bestOf(runs, name: "herald", arguments: [options.herald, "notes",
                "--repo", repository, "--from", patch.from, "--to", patch.to, "--format", "markdown"])
            table.add(row("patch range \(patch.revisions)", "(\(Format.count(patch.commits)) commits; picks linked)",
                          floor: gitPatch, measured: heraldPatch, ratioTarget: 5))
        }
        // Backports that only their patches link: one `git log -p | git patch-id` for the range's picks.
        let picks = RepositoryCache(root: options.cacheRoot, commitTarget: 5_000, tagTarget: 2, shape: "picks", label: "picks repo")
        let picksRepository = try picks.prepare { stream in
            try PickHistory(stream: stream, pullRequests: 5_000).write()
        }.path
        let picksRange = "\(PickHistory.base)..\(PickHistory.patch)"
        let gitPicks = Measurement.bestOf(runs, name: "git", arguments: ["git", "-C", picksRepository, "log", "-z", logFormat, picksRange])
        let heraldPicks = Measurement.bestOf(runs, name: "herald", arguments: [options.herald, "notes",
            "--repo", picksRepository, "--from", PickHistory.base, "--to", PickHistory.patch, "--format", "markdown"])
        table.add(row("patch range \(picksRange), by patch id", "(500 backports of 5,000 PRs, linked by patch id only)",
                      floor: gitPicks, measured: heraldPicks, ratioTarget: 5))
        if let major = try ReleaseRange.major(of: repository) {
            let gitMajor = Measurement.bestOf(runs, name: "git", arguments: log + [major.revisions])
            let heraldMajor = Measurement.bestOf(runs, name: "herald", arguments: [options.herald, "notes",
                "--repo", repository, "--from", major.from, "--to", major.to, "--format", "markdown"])
            table.add(row("major range \(major.revisions)", "(\(Format.count(major.commits)) commits)",
                          floor: gitMajor, measured: heraldMajor, ratioTarget: 2))
        }
        // Reading the tags and starting up costs the same for any range; this is that fixed cost alone.
        let gitTags = Measurement.bestOf(runs, name: "git", arguments: git + ["for-each-ref", "refs/tags"])
        let heraldEmpty = Measurement.bestOf(runs, name: "herald", arguments: [options.herald, "notes",
            "--repo", repository, "--from", range.to, "--to", range.to, "--format", "markdown"])
        table.add(row("empty range (fixed cost)", "(0 commits; floor: for-each-ref)", floor: gitTags,
                      measured: heraldEmpty, ratioTarget: nil))
        table.add(row("all releases", "(\(Format.count(commits)) commits, \(Format.count(tags)) tags)",
                      floor: gitAll, measured: heraldAll, ratioTarget: 2))
        table.add(monorepo.measure(herald: options.herald, runs: runs))
        // The whole site from git: every release's notes, then the pages; a new folder each run.
        let siteFolder = cache.directory.appendingPathComponent("site-output").path
        let heraldSite = Measurement.bestOf(runs, name: "herald", arguments: ["/bin/sh", "-c",
            "rm -rf \"$1\" && exec \"$2\" site --repo \"$3\" --output \"$1\" --base-url https://example.github.io/bench/ >/dev/null", "sh", siteFolder, options.herald, repository])
        table.add(row("site from git, all releases", "(\(Format.count(tags)) release pages; floor: git log --all)", floor: gitAll,
                      measured: heraldSite, ratioTarget: nil))
        // Child peaks start at this process's own, so the tag rows run before the in-process site build grows it.
        let scaling = try TagScalingBenchmark.measure(herald: options.herald, runs: runs, cacheRoot: options.cacheRoot)
        let site = try SiteBenchmark(releases: options.tags, runs: runs, cacheRoot: options.cacheRoot).measure()
        show(site.note)
        site.rows.forEach { table.add($0) }
        scaling.rows.forEach { table.add($0) }
        let cliff = GitCliffComparison(cacheDirectory: cache.directory)
        if let cliff {
            let timed = try cliff.measure(range: range, repository: repository, runs: runs)
            table.add(row("git-cliff \(rangeLabel)", rangeSize, floor: gitRange, measured: timed.range,
                          ratioTarget: nil))
            table.add(row("git-cliff all releases", "(commits reachable from HEAD)", floor: gitAll,
                          measured: timed.all, ratioTarget: nil))
        }
        show("")
        show(table.render())
        show("")
        show(scaling.note)
        show(GitCliffComparison.note(for: cliff))
    }

    /// One table row: label, size, floor time, measured time, ratio, ratio target, peak memory, memory target.
    static func row(_ label: String, _ size: String, floor: Measurement, measured: Measurement,
                    ratioTarget: Double?) -> [String] {
        let ratio = measured.ratioText(over: floor)
        guard let ratioTarget else {
            return [label, size, floor.timeText, measured.timeText, ratio, "(reference)", measured.peakText]
        }
        return [label, size, floor.timeText, measured.timeText, ratio,
                Format.target("\(Int(ratioTarget))×", value: measured.ratio(over: floor), bound: ratioTarget),
                measured.peakText, Format.target("150 MiB", value: measured.peakMebibytes, bound: 150)]
    }

    /// Prints a line and flushes it at once, so a long run shows its progress even through a pipe.
    static func show(_ line: String) {
        print(line)
        fflush(nil)
    }

    /// Prints a repository's commits, tags (by prefix when there are several) and pack size; returns both counts.
    static func describe(_ repository: String, label: String) throws -> (commits: Int, tags: Int) {
        let git = ["git", "-C", repository]
        let commits = try number(git + ["rev-list", "--all", "--count"])
        let tags = try ChildProcess.capture(git + ["tag", "-l"]).split(separator: "\n")
        let byPrefix = Dictionary(grouping: tags) { $0.split(separator: "/").dropLast().map { "\($0)/" }.joined() }
        let split = byPrefix.count < 2 ? "" : " (" + byPrefix.sorted { $0.key < $1.key }
            .map { "\(Format.count($0.value.count)) \($0.key)vX.Y.Z" }.joined(separator: ", ") + ")"
        let objects = try ChildProcess.capture(git + ["count-objects", "-v"]).split(separator: "\n")
        let pack = objects.first(where: { $0.hasPrefix("size-pack:") })
            .flatMap { Int(String($0.dropFirst("size-pack:".count)).trimmingWhitespace) }
        show("\(label.padding(toLength: 12, withPad: " ", startingAt: 0))\(Format.count(commits)) commits, "
            + "\(Format.count(tags.count)) tags\(split), pack \(Format.mebibytes(kibibytes: pack ?? 0))")
        return (commits, tags.count)
    }

    /// Runs a git command that prints one number, and returns it.
    static func number(_ arguments: [String]) throws -> Int {
        let text = try ChildProcess.capture(arguments)
        guard let value = Int(text.trimmingWhitespace) else {
            throw BenchmarkFailure("`\(arguments.joined(separator: " "))` printed \(text) instead of a number")
        }
        return value
    }
}
