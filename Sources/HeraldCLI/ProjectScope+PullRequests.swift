import Foundation
import GitHub

extension ProjectScope {
    /// Where pull request metadata comes from: `--offline` is the cache alone, `--github` asks GitHub, and
    /// `drafts.pullRequestMetadata` in the configuration asks GitHub when a token is set (else the cache); nil reads none.
    func pullRequestSource(repo: String, github: Bool, offline: Bool, api: GitHubAPI?) throws -> PullRequestSource? {
        guard github || offline || configuration.workflow.pullRequestMetadata else { return nil }
        let api = api ?? GitHubEnvironment.api()
        let cacheOnly = offline || (!github && api.token == nil)
        return try PullRequestSource(path: repo, repository: githubRepository(for: "--github"), api: api, offline: cacheOnly)
    }

    /// The `owner/name` on GitHub: the configuration's `repository`, else `GITHUB_REPOSITORY` (set in GitHub Actions).
    func githubRepository(for context: String) throws -> String {
        guard let repository = configuration.repository ?? ProcessInfo.processInfo.environment["GITHUB_REPOSITORY"],
              repository.contains("/") else {
            throw HeraldCLIError.noGitHubRepository(context: context)
        }
        return repository
    }
}
