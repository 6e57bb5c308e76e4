import GitHub
import ReleasePipeline
import ReleaseNotes

/// Writes the full changelog, newest release first: `herald changelog`.
struct ChangelogAction {
    /// The repository folder.
    var repo: String
    /// The file to write, or nil for stdout.
    var output: String?
    /// Whether a hand-edited output file may be overwritten.
    var force = false
    /// A templates folder, or nil for the installed one.
    var templates: String?
    /// The notes style, or nil for the configured one.
    var style: NotesStyle?
    /// The configuration file, or nil for `REPO/.herald.yml` when it exists.
    var config: String?
    /// One component, or nil for all.
    var component: String?
    /// The API pull request metadata comes from, when the configuration asks for it; nil builds it from the environment.
    var api: GitHubAPI?

    /// Reads every release from one `git log` and renders the changelog.
    func run() throws -> CommandOutput {
        let scope = try ProjectScope.load(repo: repo, config: config, component: component, single: false)
        let renderer = try scope.renderer(templates: templates, style: style)
        // Pull request metadata as configured (`drafts.pullRequestMetadata`), so each release reads as its notes do.
        let pullRequests = try scope.pullRequestSource(repo: repo, github: false, offline: false, api: api)
        var histories = scope.histories(pullRequests: pullRequests)
        try ProjectHistory.requireReleases(in: histories, for: "changelog")
        // One `git log` for every component: their releases share most of their history.
        let documents = try ProjectHistory.allNotes(of: &histories)
        let title = scope.configuration.project.map { "\($0) changelog" } ?? "Changelog"
        let text = try renderer.changelog(histories.count > 1 ? ProjectHistory.newestFirst(documents) : documents, title: title)
        let diagnostics = histories.flatMap(\.diagnostics)
        guard let output else { return CommandOutput(text: text, diagnostics: diagnostics) }
        try GeneratedFile(path: output).write(text, force: force)
        return CommandOutput(text: "", diagnostics: diagnostics)
    }
}
