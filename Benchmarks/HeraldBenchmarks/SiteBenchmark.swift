import CommonMark
import Foundation
import Glibc
import ReleaseNotes
import HeraldCLI
import Site

/// Times building a site of many releases in process against libcmark rendering the same Markdown in a plain loop.
///
/// Herald's side is the whole build: notes Markdown from templates, libcmark with heading ids and link rules,
/// the page layout, indexes, feeds, search index and sitemap, and writing every file to a new folder.
struct SiteBenchmark {
    /// How many releases the synthetic site has.
    let releases: Int
    /// How many times each side runs; the best counts.
    let runs: Int

    /// The table rows (the whole build, then the build in memory alone) and a line describing the input.
    func measure() throws -> (rows: [[String]], note: String) {
        let content = SyntheticSite(releases: releases).content()
        let templates = try SiteTemplates.load(folder: nil)
        let notes = MarkdownRenderer(templates: try TemplateLibrary.load(folder: nil))
        let builder = SiteBuilder(content: content, templates: templates, notes: notes)
        let markdown = try content.components.flatMap(\.releases).map(builder.markdown(for:))
        let bytes = markdown.reduce(0) { $0 + $1.utf8.count }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("herald-site-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }

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
                "site of \(Format.count(releases)) releases", "(\(Format.count(files)) files written, in process)",
                "libcmark \(Format.seconds(floor))", "herald \(Format.seconds(herald))", String(format: "%.2f×", ratio),
                Format.target("2×", value: ratio, bound: 2),
            ],
            [
                "site of \(Format.count(releases)) releases, in memory", "(the same build, no file written)",
                "libcmark \(Format.seconds(floor))", "herald \(Format.seconds(building))", String(format: "%.2f×", inMemory),
                "(reference)",
            ],
        ]
        let note = "site        \(Format.count(releases)) synthetic releases, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB of notes "
            + "Markdown (\(Format.count(bytes / max(1, markdown.count))) bytes a release); the floor is cmark_markdown_to_html "
            + "on each in one loop (\(String(format: "%.1f", Double(floorOutput) / 1_048_576)) MiB of HTML), herald is SiteBuilder "
            + "and SiteWriter into a new folder each run; the in-memory row is SiteBuilder alone, because creating 1,000 files "
            + "costs this machine's file system from 0.1 s to over 1 s depending on how many files were deleted just before"
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
