import Foundation
import GitHub
import Testing
@testable import HeraldCLI

/// The command layer alone reads `GITHUB_API_URL` and `GITHUB_TOKEN`; the GitHub module takes what it is given.
@Suite struct GitHubEnvironmentTests {
    @Test func theVariablesChooseTheRootAndTheToken() {
        let api = GitHubEnvironment.api(["GITHUB_API_URL": "https://github.example.com/api/v3", "GITHUB_TOKEN": "ghp_x"])
        #expect(api.baseURL.absoluteString == "https://github.example.com/api/v3")
        #expect(api.token == "ghp_x")
    }

    @Test func emptyOrMissingVariablesMeanGitHubAndNoToken() {
        for environment in [[:], ["GITHUB_API_URL": "", "GITHUB_TOKEN": ""]] as [[String: String]] {
            let api = GitHubEnvironment.api(environment)
            #expect(api.baseURL == GitHubAPI.publicAPI)
            #expect(api.token == nil)
        }
        // The module itself reads nothing from the environment.
        #expect(GitHubAPI().token == nil && GitHubAPI().baseURL == GitHubAPI.publicAPI)
    }
}
