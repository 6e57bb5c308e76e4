import Changes
import GitHub
import ReleaseNotes

/// Checks a range for CI: pull requests whose kind is unknown, or user-facing ones without a release note: `herald lint`.
struct LintAction {
    /// The repository folder.
    var repo: String
    /// The base ref, or nil to choose it.
    var from: String?
    /// The end ref, or nil for HEAD.
    var to: String?
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

    /// The findings, one line each; throws `LintFailure` when there are any.
    func run() throws -> CommandOutput {
        let scope = try ProjectScope.load(repo: repo, config: config, component: component, single: true)
        var history = try scope.histories(repo: repo)[0]
        let pullRequests = try scope.pullRequestSource(repo: repo, github: github, offline: offline, api: api)
        let document = try history.notes(from: from, to: to, pullRequests: pullRequests)
        let findings = Self.findings(in: document.changes.filter { !scope.configuration.workflow.allows(title: $0.title) })
        let text = findings.map { $0 + "\n" }.joined()
        guard findings.isEmpty else { throw LintFailure(report: text, count: findings.count, diagnostics: history.diagnostics) }
        return CommandOutput(text: "", diagnostics: history.diagnostics)
    }

    /// One line per pull request that needs attention.
    static func findings(in changes: [Change]) -> [String] {
        changes.compactMap { change in
            guard let number = change.pullRequest else { return nil }
            if change.kind == .other {
                return "#\(number) \(change.title): unknown kind; add a kind/* label, a /kind line or a Conventional Commits type"
            }
            let userFacing = change.breaking || [.feature, .fix, .deprecation].contains(change.kind)
            if userFacing && change.note == nil {
                return "#\(number) \(change.title): no release note; add a ```release-note block to the description"
            }
            return nil
        }
    }
}

/// Lint findings: printed on stdout, then exit status 1.
struct LintFailure: Error {
    /// The findings, one per line.
    var report: String
    /// How many.
    var count: Int
    /// Warnings gathered on the way.
    var diagnostics: [Diagnostic]
}
