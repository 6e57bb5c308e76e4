import Foundation

/// Rows that show whether Herald's cost per tag stays flat as tags grow: `releases` and `changelog` on sidecar
/// histories of 1,000, 5,000 and 20,000 tags (four commits per tag), each against `git for-each-ref` and
/// `git log --all` of the same repository.
struct TagScalingBenchmark {
    /// The tag counts measured, smallest first; the first is the per-tag baseline.
    static let tagCounts = [1_000, 5_000, 20_000]

    /// Generates (or finds) each repository and times both commands on it; returns table rows and a note on the
    /// per-tag cost of `releases` against the smallest repository's.
    static func measure(herald: String, runs: Int, cacheRoot: String?) throws -> (rows: [[String]], note: String) {
        var rows: [[String]] = []
        var perTag: [(tags: Int, microseconds: Double)] = []
        for tags in tagCounts {
            let cache = RepositoryCache(root: cacheRoot, commitTarget: tags * 4, tagTarget: tags, shape: "tags", label: "\(tags / 1_000)k tags")
            let repository = try cache.prepare { stream in
                var history = SyntheticHistory(stream: stream, commitTarget: tags * 4, tagTarget: tags)
                try history.write()
            }.path
            let (commits, tagged) = try BenchmarkProgram.describe(repository, label: "\(tags / 1_000)k tags")
            let git = ["git", "-C", repository]
            let forEachRef = Measurement.bestOf(runs, name: "git", arguments: git + ["for-each-ref", "refs/tags"])
            let releases = Measurement.bestOf(runs, name: "herald", arguments: [herald, "releases", "--repo", repository])
            rows.append(BenchmarkProgram.row("releases, \(Format.count(tagged)) tags", "(floor: for-each-ref)",
                                             floor: forEachRef, measured: releases, ratioTarget: 5))
            if let seconds = releases.bestSeconds { perTag.append((tagged, seconds * 1_000_000 / Double(max(tagged, 1)))) }
            let gitAll = Measurement.bestOf(runs, name: "git", arguments: git + ["log", "-z", BenchmarkProgram.logFormat, "--all"])
            let changelog = Measurement.bestOf(runs, name: "herald", arguments: [herald, "changelog", "--repo", repository])
            rows.append(BenchmarkProgram.row("changelog, \(Format.count(tagged)) tags", "(\(Format.count(commits)) commits)",
                                             floor: gitAll, measured: changelog, ratioTarget: 2))
        }
        guard let base = perTag.first else { return (rows, "per tag     no releases measurement finished") }
        let growth = perTag.map { entry in
            let change = (entry.microseconds / base.microseconds - 1) * 100
            return "\(Format.count(entry.tags)) tags \(String(format: "%.1f", entry.microseconds)) µs (\(String(format: "%+.0f", change))%)"
        }
        return (rows, "per tag     releases costs " + growth.joined(separator: ", ") + "; target: within 20% of the first")
    }
}
