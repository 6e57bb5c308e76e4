import Foundation
import LoopbackGitHub
import Testing
@testable import GitHub

/// What errors say: never the token, in any case; one line; and advice true for what was being attempted.
@Suite(.serialized) struct ErrorTextTests {
    static let token = GitHubReleasesTests.token
    static let payload = GitHubReleasesTests.payload

    static func expectNoToken(_ error: (any Error)?) {
        let text = error.map { String(describing: $0) } ?? ""
        #expect(!text.isEmpty)
        #expect(!text.contains(token) && !text.contains(token.lowercased()) && !text.contains(token.uppercased()))
        #expect(!text.contains("\n") && !text.contains("\r"))
    }

    @Test func aTokenEchoedInA422MessageIsRedacted() throws {
        let server = try LoopbackServer { _, _ in
            .init(status: 422, body: #"{"message":"Validation Failed: header Bearer \#(Self.token) and \#(Self.token.uppercased())\nis odd"}"#)
        }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        Self.expectNoToken(error)
        #expect(error?.description.contains("422 rejected: validation failed") == true)
    }

    @Test func aTokenEchoedInAGraphQLErrorIsRedacted() throws {
        let server = try LoopbackServer { _, _ in
            .init(status: 200, body: #"{"errors":[{"message":"Token \#(Self.token) is not\r\nallowed"}]}"#)
        }
        defer { server.stop() }
        let api = GitHubAPI(baseURL: server.baseURL, token: Self.token, retryBudget: 5, pause: { _ in })
        let error = #expect(throws: GitHubError.self) {
            try GitHubPullRequests(api: api, repository: "example/storage", cacheFile: nil).info(for: [1])
        }
        Self.expectNoToken(error)
    }

    @Test func aForbiddenPullRequestReadSaysWhatReadingNeeds() throws {
        let server = try LoopbackServer { _, _ in .init(status: 403, body: #"{"message":"Resource not accessible by integration"}"#) }
        defer { server.stop() }
        let api = GitHubAPI(baseURL: server.baseURL, token: Self.token, retryBudget: 5, pause: { _ in })
        let error = #expect(throws: GitHubError.self) {
            try GitHubPullRequests(api: api, repository: "example/storage", cacheFile: nil).info(for: [1])
        }
        #expect(error?.reason == "403 forbidden: the token cannot read this repository's pull requests (it needs pull-requests: read)")
    }

    @Test func aForbiddenCreateSaysWhatWritingNeeds() throws {
        let store = ReleaseStore([])
        let server = try LoopbackServer { request, _ in
            request.method == "POST" ? .init(status: 403, body: #"{"message":"Resource not accessible by integration"}"#) : store.answer(request)
        }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.reason == "403 forbidden: the token may not write releases (it needs contents: write)")
    }

    @Test func anyErrorBuiltWithTheSecretHidesItInEveryCase() {
        let error = GitHubError(context: "GET /x?t=\(Self.token)", reason: "echo \(Self.token.lowercased())\u{7}\tend", redacting: Self.token)
        Self.expectNoToken(error)
        #expect(!error.description.contains("\u{7}"))
    }
}
