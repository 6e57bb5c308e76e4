import Foundation
import LoopbackGitHub
import Testing
@testable import GitHub

/// Retries are bounded: at least a second apart, at most six attempts, and within a deadline that counts slow answers.
@Suite(.serialized) struct RetryLimitTests {
    static let payload = GitHubReleasesTests.payload

    @Test func retryAfterZeroWaitsASecondAndStopsAfterSixAttempts() throws {
        let server = try LoopbackServer { _, index in
            // Past 100 requests the storm is proven; the empty list only ends it for the code before the fix.
            index < 100 ? .init(status: 503, headers: ["Retry-After": "0"]) : .init(status: 200, body: "[]")
        }
        defer { server.stop() }
        let clock = TestClock()
        let error = #expect(throws: GitHubError.self) {
            try GitHubReleasesTests.releases(server, clock: clock).upsert(tagName: "v1.2.0", payload: Self.payload)
        }
        #expect(error?.kind == .unavailable)
        #expect(error?.description.contains("gave up after 6 attempts") == true)
        #expect(server.requests.count == 6)
        #expect(clock.pauses.count == 5 && clock.pauses.allSatisfy { $0 >= 1 })
    }

    @Test func slowFailuresGiveUpWithinTheDeadline() throws {
        let clock = TestClock()
        let server = try LoopbackServer { _, _ in
            // Each 502 plays an answer that took 25 seconds.
            clock.advance(25)
            return .init(status: 502)
        }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) {
            try GitHubReleasesTests.releases(server, clock: clock).upsert(tagName: "v1.2.0", payload: Self.payload)
        }
        #expect(error?.kind == .unavailable)
        #expect(clock.elapsed <= 60, "one call takes at most its one-minute budget, answers included")
        #expect(server.requests.count == 2)
    }

    @Test func aLongRetryAfterBeyondTheDeadlineGivesUpAtOnce() throws {
        let server = try LoopbackServer { _, _ in .init(status: 429, headers: ["Retry-After": "3600"]) }
        defer { server.stop() }
        let clock = TestClock()
        let error = #expect(throws: GitHubError.self) {
            try GitHubReleasesTests.releases(server, clock: clock).upsert(tagName: "v1.2.0", payload: Self.payload)
        }
        #expect(error?.kind == .unavailable)
        #expect(server.requests.count == 1 && clock.pauses.isEmpty)
    }
}
