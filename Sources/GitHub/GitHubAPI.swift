import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// GitHub's REST API at `baseURL`: the token goes only to that origin, and retries stay within a bounded time.
public struct GitHubAPI: Sendable {
    /// The API root: `GITHUB_API_URL`, or `https://api.github.com`; its origin is the only one that gets the token.
    public var baseURL: URL
    /// The token sent as a bearer credential; never printed, not even in errors.
    public var token: String?
    /// How requests travel.
    public var transport: any HTTPTransport
    /// The most seconds one request may take, its attempts and the waits between them included.
    public var retryBudget: TimeInterval
    /// Waits between retries.
    public var pause: @Sendable (TimeInterval) -> Void
    /// The most attempts of one request, the first included.
    public var maximumAttempts: Int
    /// The clock the deadline is measured by; tests move it by hand.
    public var now: @Sendable () -> Date

    /// The shortest wait before a retry, whatever `Retry-After` says: `Retry-After: 0` must not become a storm.
    static let minimumRetryDelay: TimeInterval = 1
    /// The most redirects followed for one read, all on the API's origin.
    static let redirectLimit = 5

    /// GitHub's own API root, `https://api.github.com`.
    public static let publicAPI: URL = {
        var components = URLComponents()
        components.scheme = "https"
        components.host = "api.github.com"
        return components.url ?? URL(fileURLWithPath: "/")
    }()

    /// Creates the API at `baseURL` with `token`; the command layer reads them from `GITHUB_API_URL` and `GITHUB_TOKEN`.
    public init(
        baseURL: URL = GitHubAPI.publicAPI, token: String? = nil, transport: any HTTPTransport = URLSessionTransport(),
        retryBudget: TimeInterval = 60, maximumAttempts: Int = 6, now: @escaping @Sendable () -> Date = { Date() },
        pause: @escaping @Sendable (TimeInterval) -> Void = { Thread.sleep(forTimeInterval: $0) }
    ) {
        self.baseURL = baseURL
        self.token = token
        self.transport = transport
        self.retryBudget = retryBudget
        self.maximumAttempts = maximumAttempts
        self.now = now
        self.pause = pause
    }

    /// The GraphQL endpoint: `/graphql` beside GitHub's REST root, `/api/graphql` on GitHub Enterprise Server,
    /// whose REST root is `/api/v3`.
    public var graphQLURL: URL? {
        let root = baseURL.absoluteString.trimmingCharacters(in: ["/"])
        if root.hasSuffix("/api/v3") { return URL(string: root.dropLast("/v3".count) + "/graphql") }
        return URL(string: root + "/graphql")
    }

    /// Sends `method` to `path` (or an absolute `url` on the API's origin) for `operation`, retrying what may be retried;
    /// other failures, redirects off the origin included, throw one line without the token.
    public func send(
        _ method: String, _ path: String, url: URL? = nil, body: Data? = nil, operation: GitHubOperation? = nil
    ) throws -> HTTPResponse {
        guard let target = url ?? URL(string: baseURL.absoluteString.trimmingCharacters(in: ["/"]) + path) else {
            throw failure(context: "\(method) \(path)", reason: "GITHUB_API_URL does not make a valid URL")
        }
        let context = "\(method) \(target.path)"
        do {
            return try exchange(method, target, body: body, operation: operation, context: context)
        } catch let error as GitHubError {
            // The transport builds its errors without the token; they pass through redaction here.
            throw failure(context: error.context, reason: error.reason, kind: error.kind)
        } catch {
            throw failure(context: context, reason: "the request failed (\(type(of: error))); try again", kind: .noAnswer)
        }
    }

    /// An error that never carries the token: every error this module makes from what a server said goes through here.
    func failure(context: String, reason: String, kind: GitHubError.Kind = .failed) -> GitHubError {
        GitHubError(context: context, reason: reason, kind: kind, redacting: token)
    }
}
