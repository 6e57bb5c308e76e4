import Foundation
import LoopbackGitHub
import Testing
@testable import GitHub

/// The release upsert against a loopback server that speaks GitHub's REST shapes, faults included.
@Suite(.serialized) struct GitHubReleasesTests {
    static let token = LoopbackGitHub.token
    static let payload = Data(#"{"tag_name":"v1.2.0","name":"v1.2.0","body":"notes","draft":true,"prerelease":false}"#.utf8)

    static func releases(_ server: LoopbackServer, timeout: TimeInterval = 5) -> GitHubReleases {
        GitHubReleases(
            api: GitHubAPI(baseURL: server.baseURL, token: token, transport: URLSessionTransport(timeout: timeout), retryBudget: 10, pause: { _ in }),
            repository: "example/storage"
        )
    }

    /// The releases through an API whose time is `clock`'s, so retries and deadlines cost no real time.
    static func releases(_ server: LoopbackServer, clock: TestClock, transport: URLSessionTransport = URLSessionTransport(timeout: 5)) -> GitHubReleases {
        GitHubReleases(
            api: GitHubAPI(baseURL: server.baseURL, token: token, transport: transport, retryBudget: 60, now: clock.now, pause: clock.pause),
            repository: "example/storage"
        )
    }

    /// `http://host:port` of the server a request reached, for links that stay on it.
    static func origin(_ request: LoopbackServer.Request) -> String {
        "http://\(request.headers["host"] ?? "127.0.0.1")"
    }

    /// A server holding `existing` releases across two pages, that creates and updates.
    static func githubLike(existing: [(Int, String)] = []) -> @Sendable (LoopbackServer.Request, Int) -> LoopbackServer.Answer {
        let store = ReleaseStore(existing)
        return { request, _ in store.answer(request) }
    }

    @Test func createsOnceThenUpdatesTheSameRelease() throws {
        let server = try LoopbackServer(respond: Self.githubLike(existing: (1...120).map { ($0, "v0.\($0).0") }))
        defer { server.stop() }
        let first = try Self.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload)
        let second = try Self.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload)
        #expect(first.created && !second.created && first.id == second.id)
        let methods = server.requests.map(\.method)
        #expect(methods.filter { $0 == "POST" }.count == 1, "exactly one release after two runs")
        #expect(methods.filter { $0 == "PATCH" }.count == 1)
        #expect(server.requests.contains { $0.path.contains("page=2") }, "the list is read through its Link pages")
        #expect(server.requests.allSatisfy { $0.headers["authorization"] == "Bearer \(Self.token)" })
    }

    @Test func findsADraftOnTheSecondPage() throws {
        let server = try LoopbackServer(respond: Self.githubLike(existing: (1...150).map { ($0, $0 == 140 ? "v1.2.0" : "v0.\($0).0") }))
        defer { server.stop() }
        let outcome = try Self.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload)
        #expect(outcome == .init(id: 140, created: false))
    }

    @Test func leavesAPublishedReleaseAlone() throws {
        let store = ReleaseStore([(7, "v1.2.0")], published: ["v1.2.0"])
        let server = try LoopbackServer { request, _ in store.answer(request) }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try Self.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.description == "release v1.2.0: already published on GitHub (id 7); herald only updates drafts, so edit the published release there")
        #expect(!server.requests.contains { $0.method == "PATCH" || $0.method == "POST" })
    }

    @Test func retriesServerErrorsAndRateLimitsThenSucceeds() throws {
        let store = ReleaseStore([])
        let server = try LoopbackServer { request, index in
            switch index {
            case 0: return .init(status: 500, body: #"{"message":"boom"}"#)
            case 1: return .init(status: 403, headers: ["Retry-After": "1"], body: #"{"message":"You have exceeded a secondary rate limit"}"#)
            default: return store.answer(request)
            }
        }
        defer { server.stop() }
        let outcome = try Self.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload)
        #expect(outcome.created)
        #expect(server.requests.count == 4, "500, 403, then the list and the create: \(server.requests.map { "\($0.method) \($0.path)" })")
    }

    @Test(arguments: [(401, "401 unauthorized"), (404, "404 not found"), (422, "422 rejected: validation failed")])
    func failuresAreOneLineWithoutTheToken(status: Int, reason: String) throws {
        let server = try LoopbackServer { _, _ in .init(status: status, body: #"{"message":"Validation Failed"}"#) }
        defer { server.stop() }
        #expect {
            try Self.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload)
        } throws: { error in
            let text = String(describing: error)
            return text.contains(reason) && !text.contains(Self.token) && !text.contains("\n")
        }
    }

    @Test func aSlowServerIsATimeoutNotAHang() throws {
        let server = try LoopbackServer { _, _ in .init(status: 200, body: "[]", delay: 3) }
        defer { server.stop() }
        let started = Date()
        #expect(throws: GitHubError.self) { try Self.releases(server, timeout: 1).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(Date().timeIntervalSince(started) < 3)
    }
}
