import Foundation
import GitHub

/// The GitHub API as the environment describes it, read here and nowhere below the command layer.
enum GitHubEnvironment {
    /// `GITHUB_API_URL` (set on GitHub Actions runners, GitHub Enterprise Server's included), else GitHub's own
    /// API; the token from `GITHUB_TOKEN`, none when it is empty.
    static func api(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> GitHubAPI {
        GitHubAPI(
            baseURL: environment["GITHUB_API_URL"].flatMap { $0.isEmpty ? nil : URL(string: $0) } ?? GitHubAPI.publicAPI,
            token: environment["GITHUB_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        )
    }
}
