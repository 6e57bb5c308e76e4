import Foundation
import LoopbackGitHub
import Testing
@testable import GitHub

/// A failed create is never sent again blindly: the list is read again first, so a release GitHub stored is found.
@Suite(.serialized) struct CreateRetryTests {
    static let payload = GitHubReleasesTests.payload

    @Test func aCreateStoredButAnswered502IsNotPostedAgain() throws {
        let store = ReleaseStore([(1, "v1.1.0")])
        let server = try LoopbackServer { request, _ in
            let answer = store.answer(request)
            return request.method == "POST" ? .init(status: 502, body: "<html>bad gateway</html>") : answer
        }
        defer { server.stop() }
        let clock = TestClock()
        let outcome = try GitHubReleasesTests.releases(server, clock: clock).upsert(tagName: "v1.2.0", payload: Self.payload)
        #expect(outcome == .init(id: 2, created: true))
        #expect(server.requests.filter { $0.method == "POST" }.count == 1, "no second create")
        #expect(store.count(tagged: "v1.2.0") == 1, "exactly one release")
        #expect(server.requests.last?.method == "PATCH" && server.requests.last?.path == "/repos/example/storage/releases/2")
    }

    @Test func aCreateThatTimedOutIsLookedUpBeforeCreatingAgain() throws {
        let store = ReleaseStore([])
        let server = try LoopbackServer { request, _ in
            let answer = store.answer(request)
            // The answer comes after the client gave up; the serial server then answers the next list quickly.
            return request.method == "POST" ? .init(status: answer.status, body: answer.body, delay: 1.4) : answer
        }
        defer { server.stop() }
        let clock = TestClock()
        let outcome = try GitHubReleasesTests.releases(server, clock: clock, transport: URLSessionTransport(timeout: 1))
            .upsert(tagName: "v1.2.0", payload: Self.payload)
        #expect(outcome == .init(id: 1, created: true))
        #expect(server.requests.filter { $0.method == "POST" }.count == 1)
        #expect(store.count(tagged: "v1.2.0") == 1)
    }

    @Test func aCreateThatKeepsFailingStopsAfterThreeAttempts() throws {
        let store = ReleaseStore([])
        let server = try LoopbackServer { request, _ in
            request.method == "POST" ? .init(status: 500) : store.answer(request)
        }
        defer { server.stop() }
        let clock = TestClock()
        let error = #expect(throws: GitHubError.self) {
            try GitHubReleasesTests.releases(server, clock: clock).upsert(tagName: "v1.2.0", payload: Self.payload)
        }
        #expect(error?.kind == .unavailable)
        #expect(server.requests.map(\.method) == ["GET", "POST", "GET", "POST", "GET", "POST"], "the list is read before every create")
        #expect(!(error?.description.contains("\n") ?? true))
    }

    @Test func anUpdateIsRetriedAfterAServerError() throws {
        let store = ReleaseStore([(4, "v1.2.0")])
        let failFirstUpdate = FirstTimeFlag()
        let server = try LoopbackServer { request, _ in
            request.method == "PATCH" && failFirstUpdate.take() ? .init(status: 502) : store.answer(request)
        }
        defer { server.stop() }
        let clock = TestClock()
        let outcome = try GitHubReleasesTests.releases(server, clock: clock).upsert(tagName: "v1.2.0", payload: Self.payload)
        #expect(outcome == .init(id: 4, created: false))
        #expect(server.requests.filter { $0.method == "PATCH" }.count == 2)
        #expect(!server.requests.contains { $0.method == "POST" })
    }
}
