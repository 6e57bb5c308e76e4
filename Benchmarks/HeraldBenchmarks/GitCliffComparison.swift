import Foundation
import Glibc

/// git-cliff timed on the same history, when it is on PATH, with a configuration that lists every commit
/// under its release the way herald does; its default one would drop every non-conventional commit.
struct GitCliffComparison {
    /// Full path of the git-cliff executable.
    let executable: String
    /// Where the configuration is written: beside the cached repository, never in the source tree.
    let configuration: URL

    /// One Markdown section per release, one line per commit, every commit kept.
    static let configurationText = #"""
        [changelog]
        body = """
        {% if version %}## {{ version }} - {{ timestamp | date(format="%Y-%m-%d") }}{% else %}## Unreleased{% endif %}
        {% for commit in commits %}
        - {{ commit.message | split(pat="\n") | first | trim }} ({{ commit.id | truncate(length=7, end="") }})\
        {% endfor %}\n
        """
        trim = true

        [git]
        conventional_commits = false
        filter_unconventional = false
        filter_commits = false
        tag_pattern = "^v[0-9]"
        sort_commits = "oldest"

        """#

    /// Finds git-cliff on PATH; nil when it is not installed.
    init?(cacheDirectory: URL) {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        guard let found = directories.map({ String("\($0)/git-cliff") }).first(where: { access($0, X_OK) == 0 }) else {
            return nil
        }
        executable = Self.unwrappingShim(found)
        configuration = cacheDirectory.appendingPathComponent("cliff.toml")
    }

    /// The real binary behind a pyenv shim, whose bash start-up would add about 0.1 s to every run.
    private static func unwrappingShim(_ path: String) -> String {
        guard let start = FileManager.default.contents(atPath: path)?.prefix(2), start.elementsEqual("#!".utf8),
              let real = (try? ChildProcess.capture(["pyenv", "which", "git-cliff"]))?.trimmingWhitespace,
              access(real, X_OK) == 0 else {
            return path
        }
        return real
    }

    /// Times git-cliff on the range and on the whole history with the benchmark's configuration.
    func measure(range: ReleaseRange, repository: String, runs: Int) throws -> (range: Measurement, all: Measurement) {
        do {
            try Self.configurationText.write(to: configuration, atomically: true, encoding: .utf8)
        } catch {
            throw BenchmarkFailure("cannot write \(configuration.path): \(error.localizedDescription)")
        }
        let command = [executable, "--config", configuration.path, "--repository", repository]
        // git-cliff logs which configuration it read at info level on every run; warnings and errors still show.
        let quiet = ["RUST_LOG": "warn"]
        let ranged = Measurement.bestOf(runs, name: "git-cliff", arguments: command + ["--", range.revisions],
                                        environment: quiet)
        let all = Measurement.bestOf(runs, name: "git-cliff", arguments: command, environment: quiet)
        return (ranged, all)
    }

    /// The line under the table saying what git-cliff was, or that it was skipped.
    static func note(for comparison: GitCliffComparison?) -> String {
        guard let comparison else {
            return "git-cliff   skipped: not found on PATH (pip install git-cliff provides it)"
        }
        let version = (try? ChildProcess.capture([comparison.executable, "--version"]))?.trimmingWhitespace
        return "git-cliff   \(version ?? "version unknown") at \(comparison.executable) "
            + "with \(comparison.configuration.path) "
            + "(every commit, one line each); its rows have no target and its whole-history run reads only HEAD"
    }
}
