import Foundation
import GitHub
import SampleRepositories
import LoopbackGitHub
import Testing
@testable import HeraldCLI

/// `herald notes --github`: labels and descriptions from a loopback GraphQL endpoint, batched and cached.
@Suite(.serialized) struct PullRequestMetadataTests {
    /// Answers GraphQL queries for the pull requests they alias (`pr12: pullRequest(number: 12)`).
    static func graphQL(_ request: LoopbackServer.Request, _ index: Int) -> LoopbackServer.Answer {
        guard request.method == "POST", request.path == "/graphql" else { return .init(status: 404) }
        let pulls: [Int: String] = [
            1: #"{"number":1,"title":"Add snapshot listing","body":"```release-note\nSnapshots are listed page by page.\n```","updatedAt":"2024-01-02T00:00:00Z","mergedAt":"2024-01-02T00:00:00Z","author":{"login":"alice-gh"},"labels":{"nodes":[{"name":"kind/bug"}]}}"#,
            2: #"{"number":2,"title":"Bump test image","body":"","updatedAt":"2024-01-03T00:00:00Z","mergedAt":null,"author":{"login":"bob-gh"},"labels":{"nodes":[{"name":"release-note-none"}]}}"#,
        ]
        let asked = pulls.keys.filter { request.body.contains("pr\($0): pullRequest(number: \($0))") }.sorted()
        let data = asked.map { "\"pr\($0)\": \(pulls[$0] ?? "null")" }.joined(separator: ",")
        return .init(status: 200, body: #"{"data":{"repository":{\#(data)}}}"#)
    }

    @Test func labelsAndDescriptionsReclassifyInOneBatchedCachedQuery() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: [".herald.yml": "repository: example/storage\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        try repo.squashPR(number: 2, title: "Bump test image", author: .bob)
        let server = try LoopbackServer(respond: Self.graphQL)
        defer { server.stop() }
        let api = GitHubAPI(baseURL: server.baseURL, token: LoopbackGitHub.token, retryBudget: 5, pause: { _ in })
        let notes = try NotesAction(repo: repo.path, github: true, api: api).run().text
        #expect(notes.contains("### Bug fixes\n\n- Snapshots are listed page by page. ([#1](https://github.com/example/storage/pull/1), [@alice-gh](https://github.com/alice-gh))"), "label and note from the PR, linked")
        #expect(notes.contains("- Bump test image (#2): labelled release-note-none"), "left out with its reason")
        #expect(server.requests.count == 1, "both pull requests in one query")
        _ = try NotesAction(repo: repo.path, github: true, api: api).run()
        #expect(server.requests.count == 1, "a re-run asks nothing it has cached")
        let offline = try NotesAction(repo: repo.path, offline: true, api: api).run().text
        #expect(offline == notes)
        #expect(server.requests.count == 1)
    }
}
