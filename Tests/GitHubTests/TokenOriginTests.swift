import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackGitHub
import Testing
@testable import GitHub

/// The token goes only to the `GITHUB_API_URL` origin: pagination links and redirects elsewhere are refused.
@Suite(.serialized) struct TokenOriginTests {
    static let payload = GitHubReleasesTests.payload
    static let token = GitHubReleasesTests.token

    /// A server on another port plays the other host: a different origin that must hear nothing.
    static func otherHost() throws -> LoopbackServer {
        let store = ReleaseStore([])
        return try LoopbackServer { request, _ in store.answer(request) }
    }

    static func expectRefused(_ other: LoopbackServer, _ work: () throws -> Void) {
        let error = #expect(throws: GitHubError.self) { try work() }
        #expect(error?.kind == .redirected)
        #expect(error?.description.contains("another host") == true || error?.description.contains("redirect") == true)
        #expect(other.requests.isEmpty, "the other host hears nothing")
        #expect(!other.requests.contains { $0.headers["authorization"]?.contains(token) == true })
    }

    @Test func aNextLinkToAnotherHostIsRefused() throws {
        let other = try Self.otherHost()
        defer { other.stop() }
        let server = try LoopbackServer { _, _ in
            .init(status: 200, headers: ["Link": "<http://127.0.0.1:\(other.port)/repos/example/storage/releases?page=2>; rel=\"next\""], body: "[]")
        }
        defer { server.stop() }
        Self.expectRefused(other) { _ = try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(!server.requests.contains { $0.method == "POST" }, "nothing is created from half a list")
    }

    @Test func aRedirectOfAReadToAnotherHostIsRefused() throws {
        let other = try Self.otherHost()
        defer { other.stop() }
        let server = try LoopbackServer { request, _ in
            .init(status: 302, headers: ["Location": "http://127.0.0.1:\(other.port)\(request.path)"])
        }
        defer { server.stop() }
        Self.expectRefused(other) { _ = try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
    }

    @Test func aTemporaryRedirectOfTheCreateToAnotherHostIsRefused() throws {
        let other = try Self.otherHost()
        defer { other.stop() }
        let store = ReleaseStore([])
        let server = try LoopbackServer { request, _ in
            guard request.method == "POST" else { return store.answer(request) }
            return .init(status: 307, headers: ["Location": "http://127.0.0.1:\(other.port)\(request.path)"])
        }
        defer { server.stop() }
        Self.expectRefused(other) { _ = try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(server.requests.filter { $0.method == "POST" }.count == 1, "a refused redirect is not a failure to retry")
    }

    @Test func aURLOnAnotherHostIsNeverSentTheToken() throws {
        let other = try Self.otherHost()
        defer { other.stop() }
        let server = try LoopbackServer { _, _ in .init(status: 200, body: "[]") }
        defer { server.stop() }
        let api = GitHubReleasesTests.releases(server).api
        Self.expectRefused(other) { _ = try api.send("GET", "/x", url: other.baseURL.appendingPathComponent("x")) }
        #expect(server.requests.isEmpty)
    }

    /// A transport that followed a redirect by itself: its answer names the other host.
    struct FollowingTransport: HTTPTransport {
        var answeredFrom: URL
        func send(_ request: URLRequest) throws -> HTTPResponse {
            HTTPResponse(status: 201, headers: [:], body: Data(#"{"id":1}"#.utf8), url: answeredFrom)
        }
    }

    @Test func anAnswerFromAnotherHostIsNotBelieved() throws {
        let api = GitHubAPI(
            baseURL: try #require(URL(string: "http://127.0.0.1:9")), token: Self.token,
            transport: FollowingTransport(answeredFrom: try #require(URL(string: "http://127.0.0.2:9/repos/example/storage/releases"))),
            pause: { _ in }
        )
        let error = #expect(throws: GitHubError.self) { try api.send("POST", "/repos/example/storage/releases", body: Self.payload) }
        #expect(error?.kind == .redirected)
    }

    @Test func aRedirectOfAWriteIsRefusedEvenOnTheSameOrigin() throws {
        let store = ReleaseStore([(3, "v1.2.0")])
        let server = try LoopbackServer { request, _ in
            guard request.method == "PATCH" else { return store.answer(request) }
            return .init(status: 307, headers: ["Location": "/repos/example/storage/releases/3?moved=1"])
        }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.kind == .redirected)
        #expect(server.requests.filter { $0.method == "PATCH" }.count == 1)
    }

    @Test func aRedirectOfAReadOnTheSameOriginIsFollowedWithTheToken() throws {
        let store = ReleaseStore([(3, "v1.2.0")])
        let server = try LoopbackServer { request, _ in
            guard request.method == "GET", !request.path.hasPrefix("/moved") else {
                return store.answer(request)
            }
            return .init(status: 301, headers: ["Location": "/moved\(request.path)"])
        }
        defer { server.stop() }
        let outcome = try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload)
        #expect(outcome == .init(id: 3, created: false))
        #expect(server.requests.contains { $0.path.hasPrefix("/moved") && $0.headers["authorization"] == "Bearer \(Self.token)" })
    }

    @Test func endlessRedirectsOnTheSameOriginStop() throws {
        let server = try LoopbackServer { request, index in
            index < 50 ? .init(status: 302, headers: ["Location": "/again/\(index)"]) : .init(status: 404)
        }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.kind == .redirected)
        #expect(server.requests.count <= 6)
    }
}
