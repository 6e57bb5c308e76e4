import ReleasePipeline
import Foundation
import ReleaseNotes

/// Lists every release with its date, commit and base: `herald releases`.
struct ReleasesAction {
    /// The repository folder.
    var repo: String
    /// Text or JSON.
    var format: ListFormat = .text
    /// The configuration file, or nil for `REPO/.herald.yml` when it exists.
    var config: String?
    /// One component, or nil for all.
    var component: String?

    /// Reads the tags and lists the releases, newest first.
    func run() throws -> CommandOutput {
        var histories = try ProjectScope.load(repo: repo, config: config, component: component, single: false).histories()
        try ProjectHistory.requireReleases(in: histories, for: "releases")
        var all: [ReleaseSummary] = []
        for index in histories.indices { all += try histories[index].summaries() }
        let summaries = histories.count > 1 ? ProjectHistory.newestFirst(all) : all
        let diagnostics = histories.flatMap(\.diagnostics)
        switch format {
        case .json:
            return CommandOutput(
                text: try JSONOutput.string(ReleaseList(releases: summaries)), diagnostics: diagnostics
            )
        case .text:
            let width = summaries.map(\.tag.count).max() ?? 0
            let named = histories.count > 1 || histories.contains { $0.componentName != nil }
            let lines = summaries.map { summary in
                let tag = summary.tag.padded(toWidth: width)
                let prefix = named ? (summary.component ?? "") + "  " : ""
                let modules = summary.dependencies.map(\.summary).flatMap { $0.isEmpty ? nil : "  (go.mod: \($0))" } ?? ""
                return "\(prefix)\(tag)  \(summary.date.day)  \(summary.commit.prefix(7))  \(summary.base.reason)\(modules)"
            }
            return CommandOutput(text: lines.joined(separator: "\n") + "\n", diagnostics: diagnostics)
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
