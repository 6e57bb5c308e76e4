import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one HTTP request and waits for its response, at most `timeout` seconds.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns a 3xx as it is, never following it; a timeout or a broken connection throws.
    func send(_ request: URLRequest) throws -> HTTPResponse
}

/// The transport over URLSession, made synchronous for a command-line tool; it never follows redirects itself.
public struct URLSessionTransport: HTTPTransport {
    /// Seconds before a request is abandoned; a shorter `timeoutInterval` on the request wins.
    public var timeout: TimeInterval
    /// The most body bytes read; a longer answer is an error rather than a memory hog.
    public var maximumBodyBytes: Int

    /// Creates a transport with a per-request `timeout`.
    public init(timeout: TimeInterval = 30, maximumBodyBytes: Int = 32 << 20) {
        self.timeout = timeout
        self.maximumBodyBytes = maximumBodyBytes
    }

    /// Sends `request` through a fresh ephemeral session: no cookies, no redirects followed, at most `maximumBodyBytes` read.
    public func send(_ request: URLRequest) throws -> HTTPResponse {
        if let missing = Libcurl.missingReason {
            throw GitHubError(
                context: ResponseCollector.context(of: request),
                reason: "cannot load libcurl, which every request goes through (\(missing)): install libcurl4 (Debian, Ubuntu)"
            )
        }
        var request = request
        let limit = request.timeoutInterval > 0 ? min(timeout, request.timeoutInterval) : timeout
        request.timeoutInterval = limit
        let collector = ResponseCollector(maximumBodyBytes: maximumBodyBytes)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = limit
        configuration.timeoutIntervalForResource = limit
        configuration.httpShouldSetCookies = false
        // The collector refuses redirects, so a 3xx comes back as the answer and GitHubAPI decides where the token may go.
        let session = URLSession(configuration: configuration, delegate: collector, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: request).resume()
        // The session's own timeout fires first; the wait only guards against a stuck session.
        guard collector.done.wait(timeout: .now() + limit + 5) == .success else {
            throw GitHubError(context: ResponseCollector.context(of: request), reason: "no answer in \(Int(limit)) s", kind: .noAnswer)
        }
        return try collector.result(for: request)
    }
}
