import Foundation

/// Whether and when to retry a response: server errors and rate limits wait, everything else does not.
struct RetryAdvice {
    /// Seconds to wait before retrying, nil when the response is final.
    let delay: TimeInterval?
    /// Whether GitHub refused the request for its rate limit, so it did nothing and sending it again is always safe.
    let rateLimited: Bool

    /// Reads `Retry-After`, then `X-RateLimit-Reset`, else backs off exponentially from one second.
    init(response: HTTPResponse, attempt: Int, now: Date = Date()) {
        let headers = response.headers
        let body = String(decoding: response.body, as: UTF8.self).lowercased()
        let rateLimited = response.status == 429
            || (response.status == 403 && (headers["retry-after"] != nil || headers["x-ratelimit-remaining"] == "0"
                || body.contains("rate limit")))
        self.rateLimited = rateLimited
        guard rateLimited || (500..<600).contains(response.status) else {
            delay = nil
            return
        }
        if let seconds = headers["retry-after"].flatMap(TimeInterval.init) {
            delay = max(0, seconds)
        } else if headers["x-ratelimit-remaining"] == "0", let reset = headers["x-ratelimit-reset"].flatMap(TimeInterval.init) {
            delay = max(1, reset - now.timeIntervalSince1970)
        } else {
            delay = min(30, pow(2, Double(attempt)))
        }
    }
}
