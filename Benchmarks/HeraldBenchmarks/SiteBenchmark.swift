import CommonMark
import Foundation
import Glibc
import ReleaseNotes
import HeraldCLI
import Site

/// Times building a site of many releases in process against libcmark rendering the same Markdown in a plain loop,
/// and reading those releases from git through the pipeline against `git log` of the same history.
///
/// The releases come from a generated repository of two components, read once before the build is timed as
/// `herald site` reads them. Herald's build side is the whole build: notes Markdown from templates, libcmark with
/// heading ids and link rules, the page layout, indexes, feeds, search index and sitemap, and writing every file.
struct SiteBenchmark {
    /// How many releases the synthetic repository has, over both components.
    let releases: Int
    /// How many times each side runs; the best counts.
    let runs: Int
    /// Cache root given with --cache, else nil for the default.
    let cacheRoot: String?

    /// The table rows (reading from git, the whole build, then the build in memory alone) and a line describing
    /// the input.
    func measure() throws -> (rows: [[String]], note: String) {
        // The size of the history follows from the releases, so no commit target names the cache folder.
        let cache = RepositoryCache(root: cacheRoot, commitTarget: 0, tagTarget: releases, shape: "site", label: "site repo")
        let repository = try cache.prepare { stream in
            var history = SiteHistory(stream: stream, releases: releases)
            try history.write()
        }.path
        let (commits, tags) = try BenchmarkProgram.describe(repository, label: "site repo")
        let pipeline = try SitePipeline(repository: repository)
        let content = pipeline.content(of: try pipeline.components())
        let templates = try SiteTemplates.load(folder: nil)
        let notes = MarkdownRenderer(templates: try TemplateLibrary.load(folder: nil))
        let builder = SiteBuilder(content: content, templates: templates, notes: notes)
        let documents = content.components.flatMap(\.releases)
        let markdown = try documents.map(builder.markdown(for:))
        let bytes = markdown.reduce(0) { $0 + $1.utf8.count }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("herald-site-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        let gitLog = Measurement.bestOf(runs, name: "git", arguments: ["git", "-C", repository, "log", "-z",
            "--name-only", "--no-renames", "--diff-merges=first-parent", BenchmarkProgram.logFormat, "--all"])
        let reading = try Self.bestOf(runs) { _ = try pipeline.components() }
        var floorOutput = 0
        let floor = Self.bestOf(runs) {
            floorOutput = markdown.reduce(0) { $0 + CommonMark.MarkdownRenderer.plainHTML($1).utf8.count }
        }
        var files = 0
        var building = Double.infinity
        var run = 0
        let herald = try Self.bestOf(runs) {
            // A new folder each run: every file is written, none carried over from the last build.
            run += 1
            let start = Self.now()
            let site = try builder.build()
            building = min(building, Self.now() - start)
            files = try SiteWriter(output: scratch + "/run-\(run)").write(site).files
        }
        let ratio = herald / floor
        let inMemory = building / floor
        let rows = [
            [
                "site's \(Format.count(documents.count)) releases read from git",
                "(\(Format.count(commits)) commits, \(Format.count(tags)) tags, in process)", gitLog.timeText,
                "herald \(Format.seconds(reading))",
                gitLog.bestSeconds.map { String(format: "%.2f×", reading / $0) } ?? "—", "(reference)",
            ],
            [
                "site of \(Format.count(documents.count)) releases", "(\(Format.count(files)) files written, in process)",
                "libcmark \(Format.seconds(floor))", "herald \(Format.seconds(herald))", String(format: "%.2f×", ratio),
                Format.target("2×", value: ratio, bound: 2),
            ],
            [
                "site of \(Format.count(documents.count)) releases, in memory", "(the same build, no file written)",
                "libcmark \(Format.seconds(floor))", "herald \(Format.seconds(building))", String(format: "%.2f×", inMemory),
                "(reference)",
            ],
        ]
        let published = documents.filter { $0.publishedNotes != nil }.count
        let images = content.components.reduce(0) { $0 + $1.images.count }
        let note = "site        \(Format.count(documents.count)) releases of \(content.components.count) components read "
            + "from the generated repository through ReleasePipeline as `herald site` reads them (\(Format.count(published)) "
            + "with published notes, \(Format.count(images)) published image\(images == 1 ? "" : "s")), once before the build "
            + "is timed; the read row times that reading alone (tags, one shared commit graph, every release's changes, "
            + "pinned images and notes files, in process) against `git log -z --name-only --all` of the same history. "
            + "\(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB of notes Markdown "
            + "(\(Format.count(bytes / max(1, markdown.count))) bytes a release); the build's floor is "
            + "cmark_markdown_to_html on each in one loop (\(String(format: "%.1f", Double(floorOutput) / 1_048_576)) MiB "
            + "of HTML), herald is SiteBuilder and SiteWriter into a new folder each run; the in-memory row is SiteBuilder "
            + "alone, because creating 1,000 files costs this machine's file system from 0.1 s to over 1 s depending on "
            + "how many files were deleted just before"
        return (rows, note)
    }

    /// The best wall time of `runs` calls of `body`, in seconds.
    static func bestOf(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = Self.now()
            try body()
            best = min(best, Self.now() - start)
        }
        return best
    }

    /// CLOCK_MONOTONIC in seconds.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
