import Foundation
import GitHub
import SampleRepositories
import LoopbackGitHub
import Testing
@testable import HeraldCLI

/// `herald draft --github` against a loopback GitHub: one draft release however often it runs.
@Suite(.serialized) struct DraftGitHubTests {
    @Test func twoRunsAndAFailedRunLeaveExactlyOneDraftRelease() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: [".herald.yml": "repository: example/storage\n", "main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        let store = ReleaseStore([])
        let failFirstCreate = FirstTimeFlag()
        let server = try LoopbackServer { request, _ in
            if request.path == "/graphql" { return .init(status: 200, body: #"{"data":{"repository":{}}}"#) }
            // The first create fails with a 500 after GitHub stored nothing; the retry succeeds.
            if request.method == "POST", failFirstCreate.take() { return .init(status: 500) }
            return store.answer(request)
        }
        defer { server.stop() }
        let api = GitHubAPI(baseURL: server.baseURL, token: LoopbackGitHub.token, retryBudget: 5, pause: { _ in })
        for _ in 0..<2 {
            let output = try DraftAction(repo: repo.path, version: "v1.1.0", github: true, api: api, today: "2024-06-01").run()
            #expect(!output.text.contains(LoopbackGitHub.token))
        }
        let posts = server.requests.filter { $0.method == "POST" && $0.path != "/graphql" }
        #expect(posts.count == 2, "the failed create and its retry")
        #expect(server.requests.filter { $0.method == "PATCH" }.count == 1, "the second run updates")
        let body = try #require(posts.last?.body)
        #expect(body.contains(#""tag_name":"v1.1.0""#) && body.contains(#""draft":true"#))
        #expect(body.contains("Add snapshot listing"))
    }

    @Test func aMissingTokenIsAClearError() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: [".herald.yml": "repository: example/storage\n"])
        let api = GitHubAPI(baseURL: URL(fileURLWithPath: "/"), token: nil)
        #expect {
            try DraftAction(repo: repo.path, version: "v0.1.0", github: true, api: GitHubAPI(baseURL: api.baseURL, token: nil), today: "2024-06-01").run()
        } throws: { error in
            // Either token check may come first: reading pull requests, or writing the release.
            [.noTokenForPullRequests, .noTokenForRelease].contains(error as? HeraldCLIError)
        }
    }
}
