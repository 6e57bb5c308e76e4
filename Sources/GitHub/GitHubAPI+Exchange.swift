import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension GitHubAPI {
    /// Sends one request, following same-origin redirects of reads and retrying within the attempts and the deadline.
    func exchange(_ method: String, _ url: URL, body: Data?, operation: GitHubOperation?, context: String) throws -> HTTPResponse {
        let deadline = now().addingTimeInterval(retryBudget)
        let resendable = operation?.resendable ?? (method != "POST")
        var target = url
        var redirects = 0
        var attempts = 0
        while true {
            guard isOnOrigin(target) else {
                throw failure(context: context, reason: "refused to send the token to another host (\(Self.origin(of: target))); check GITHUB_API_URL", kind: .redirected)
            }
            let sent = now()
            let request = self.request(method, target, body: body, timeout: max(1, deadline.timeIntervalSince(sent)))
            let response = try transport.send(request)
            let took = now().timeIntervalSince(sent)
            // A transport that followed a redirect by itself already sent the token; at least its answer is not believed.
            if let answered = response.url, !isOnOrigin(answered) {
                throw failure(
                    context: context,
                    reason: "the answer came from another host (\(Self.origin(of: answered))) after a redirect; check GITHUB_API_URL",
                    kind: .redirected
                )
            }
            if (300..<400).contains(response.status) {
                target = try redirectTarget(of: response, from: target, method: method, followed: redirects, context: context)
                redirects += 1
                continue
            }
            attempts += 1
            guard response.body.count <= Self.bodyLimit else {
                throw failure(context: context, reason: "the answer is larger than \(ResponseCollector.size(Self.bodyLimit)); check GITHUB_API_URL", kind: .unreadable)
            }
            let advice = RetryAdvice(response: response, attempt: attempts - 1, now: now())
            guard let suggested = advice.delay else {
                try check(response, context: context, operation: operation)
                return response
            }
            guard resendable || advice.rateLimited else {
                throw failure(context: context, reason: "\(response.status) from GitHub, which may have acted on it anyway", kind: .unavailable)
            }
            let delay = max(Self.minimumRetryDelay, suggested)
            // The last answer's time is counted too: a retry that cannot finish before the deadline is not started.
            guard attempts < maximumAttempts, now().addingTimeInterval(delay + took) <= deadline else {
                throw failure(
                    context: context,
                    reason: "gave up after \(attempts) attempts (last status \(response.status)); GitHub is rate limiting or failing, try again later",
                    kind: .unavailable
                )
            }
            pause(delay)
        }
    }

    /// The most body bytes accepted from any transport.
    static let bodyLimit = 32 << 20

    /// The request, with the token: only ever built for a URL on the API's origin.
    func request(_ method: String, _ url: URL, body: Data?, timeout: TimeInterval) -> URLRequest {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        request.timeoutInterval = timeout
        request.setValue("application/vnd.github+json", forHTTPHeaderField: "Accept")
        request.setValue("2022-11-28", forHTTPHeaderField: "X-GitHub-Api-Version")
        request.setValue("herald", forHTTPHeaderField: "User-Agent")
        if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        return request
    }
}
