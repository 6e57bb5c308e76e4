import Foundation
import Testing
@testable import GitHub

/// When a response is retried, and how long Herald waits first.
@Suite struct RetryAdviceTests {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    static func response(_ status: Int, _ headers: [String: String] = [:], body: String = "") -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }

    @Test(arguments: [
        (response(500), 0, 1.0),
        (response(502), 3, 8.0),
        (response(503), 9, 30.0),                                              // backoff is capped
        (response(429, ["retry-after": "7"]), 0, 7.0),
        (response(403, ["retry-after": "2"], body: "secondary rate limit"), 0, 2.0),
        (response(403, ["x-ratelimit-remaining": "0", "x-ratelimit-reset": "1700000042"]), 0, 42.0),
        (response(403, [:], body: #"{"message":"API rate limit exceeded"}"#), 1, 2.0),
    ] as [(HTTPResponse, Int, Double)])
    func retriesWithTheDelayGitHubAsksFor(response: HTTPResponse, attempt: Int, delay: Double) {
        #expect(RetryAdvice(response: response, attempt: attempt, now: Self.now).delay == delay)
    }

    @Test(arguments: [200, 201, 401, 403, 404, 422])
    func finalResponsesAreNotRetried(status: Int) {
        #expect(RetryAdvice(response: Self.response(status, body: #"{"message":"Bad credentials"}"#), attempt: 0, now: Self.now).delay == nil)
    }
}
