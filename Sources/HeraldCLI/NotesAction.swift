import ReleasePipeline
import HeraldSupport
import GitHub
import ReleaseNotes

/// Prints the notes of one range: `herald notes`.
struct NotesAction {
    /// The repository folder.
    var repo: String
    /// The base ref, or nil to choose it.
    var from: String?
    /// The end ref, or nil for HEAD.
    var to: String?
    /// Markdown or JSON.
    var format: NotesFormat = .markdown
    /// A templates folder, or nil for the installed one.
    var templates: String?
    /// The notes style, or nil for the configured one.
    var style: NotesStyle?
    /// A folder of upstream clones or published models, for digests of image bumps; nil reads none.
    var upstreams: String?
    /// The configuration file, or nil for `REPO/.herald.yml` when it exists.
    var config: String?
    /// The component, needed when the repository has several.
    var component: String?
    /// Whether to read pull request labels and descriptions from GitHub.
    var github = false
    /// Whether to use cached pull request metadata alone.
    var offline = false
    /// The API to use; nil builds it from `GITHUB_API_URL` and `GITHUB_TOKEN`.
    var api: GitHubAPI?

    /// Reads the range and renders its notes.
    func run() throws -> CommandOutput {
        let read = try document()
        let text = format == .markdown ? try read.scope.renderer(templates: templates, style: style).notes(read.document) : try JSONOutput.string(read.document)
        return CommandOutput(text: text, diagnostics: read.diagnostics)
    }

    /// The notes of the range as the release model, with the scope they were read in and the warnings on the way;
    /// `through` may stand between the pipeline and the pull request source, as lint's record of what was read does.
    func document(
        through: (PullRequestSource) -> any PullRequestMetadataSource = { $0 }
    ) throws -> (document: NotesDocument, scope: ProjectScope, diagnostics: [Diagnostic]) {
        // Both ends named: the range's commits can be read while the tags are.
        let range = from.map { (from: $0, to: to ?? "HEAD") }
        let scope = try ProjectScope.load(repo: repo, config: config, component: component, single: true, range: range)
        let pullRequests = try scope.pullRequestSource(repo: repo, github: github, offline: offline, api: api).map(through)
        var history = scope.histories(pullRequests: pullRequests, upstreams: upstreams)[0]
        let document = try history.notes(from: from, to: to)
        return (document, scope, history.diagnostics)
    }
}
