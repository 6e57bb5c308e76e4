import Foundation
import ReleaseNotes

/// Lists every release with its date, commit and base: `herald releases`.
struct ReleasesAction {
    /// The repository folder.
    var repo: String
    /// Text or JSON.
    var format: ListFormat = .text

    /// Reads the tags and lists the releases, newest first.
    func run() throws -> CommandOutput {
        let history = try ProjectHistory(path: repo)
        try history.requireReleases(for: "releases")
        let summaries = history.summaries()
        switch format {
        case .json:
            return CommandOutput(
                text: try JSONOutput.string(ReleaseList(releases: summaries)), diagnostics: history.diagnostics
            )
        case .text:
            let width = summaries.map(\.tag.count).max() ?? 0
            let lines = summaries.map { summary in
                let tag = summary.tag.padding(toLength: width, withPad: " ", startingAt: 0)
                return "\(tag)  \(summary.date.prefix(10))  \(summary.commit.prefix(7))  \(summary.base.reason)"
            }
            return CommandOutput(text: lines.joined(separator: "\n") + "\n", diagnostics: history.diagnostics)
        }
    }
}

/// The JSON object `herald releases --format json` prints.
struct ReleaseList: Encodable {
    /// The JSON contract's version.
    var schemaVersion = 1
    /// Releases, newest first.
    var releases: [ReleaseSummary]
}
