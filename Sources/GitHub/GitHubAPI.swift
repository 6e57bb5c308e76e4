import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// GitHub's REST API at `baseURL`, with retries for rate limits and server errors within a bounded time.
public struct GitHubAPI: Sendable {
    /// The API root: `GITHUB_API_URL`, or `https://api.github.com`.
    public var baseURL: URL
    /// The token sent as a bearer credential; never printed, not even in errors.
    public var token: String?
    /// How requests travel.
    public var transport: any HTTPTransport
    /// The most seconds spent waiting between retries before giving up.
    public var retryBudget: TimeInterval
    /// Waits between retries.
    public var pause: @Sendable (TimeInterval) -> Void

    /// GitHub's own API root, `https://api.github.com`.
    public static let publicAPI: URL = {
        var components = URLComponents()
        components.scheme = "https"
        components.host = "api.github.com"
        return components.url ?? URL(fileURLWithPath: "/")
    }()

    /// Creates the API from the environment's `GITHUB_API_URL` and `GITHUB_TOKEN` unless given.
    public init(
        baseURL: URL? = nil, token: String? = nil, transport: any HTTPTransport = URLSessionTransport(),
        retryBudget: TimeInterval = 60, pause: @escaping @Sendable (TimeInterval) -> Void = { Thread.sleep(forTimeInterval: $0) }
    ) {
        let environment = ProcessInfo.processInfo.environment
        self.baseURL = baseURL ?? environment["GITHUB_API_URL"].flatMap(URL.init(string:)) ?? Self.publicAPI
        self.token = token ?? environment["GITHUB_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        self.transport = transport
        self.retryBudget = retryBudget
        self.pause = pause
    }

    /// The GraphQL endpoint: `/graphql` beside GitHub's REST root, `/api/graphql` on GitHub Enterprise Server,
    /// whose REST root is `/api/v3`.
    public var graphQLURL: URL? {
        let root = baseURL.absoluteString.trimmingCharacters(in: ["/"])
        if root.hasSuffix("/api/v3") { return URL(string: root.dropLast("/v3".count) + "/graphql") }
        return URL(string: root + "/graphql")
    }

    /// Sends `method` to `path` (or an absolute `url`), retrying what GitHub asks to retry; other failures throw one line.
    public func send(_ method: String, _ path: String, url: URL? = nil, body: Data? = nil) throws -> HTTPResponse {
        guard let target = url ?? URL(string: baseURL.absoluteString.trimmingCharacters(in: ["/"]) + path) else {
            throw GitHubError(context: "\(method) \(path)", reason: "GITHUB_API_URL does not make a valid URL")
        }
        let context = "\(method) \(target.path)"
        var request = URLRequest(url: target)
        request.httpMethod = method
        request.httpBody = body
        request.setValue("application/vnd.github+json", forHTTPHeaderField: "Accept")
        request.setValue("2022-11-28", forHTTPHeaderField: "X-GitHub-Api-Version")
        request.setValue("herald", forHTTPHeaderField: "User-Agent")
        if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        var waited: TimeInterval = 0
        var attempt = 0
        while true {
            let response = try transport.send(request)
            guard let delay = RetryAdvice(response: response, attempt: attempt).delay else {
                try Self.check(response, context: context)
                return response
            }
            guard waited + delay <= retryBudget else {
                throw GitHubError(context: context, reason: "gave up after \(attempt + 1) attempts (last status \(response.status)); GitHub is rate limiting or failing, try again later")
            }
            pause(delay)
            waited += delay
            attempt += 1
        }
    }

    /// Throws a one-line error for a failure status.
    static func check(_ response: HTTPResponse, context: String) throws {
        let message = (try? JSONSerialization.jsonObject(with: response.body) as? [String: Any])?["message"] as? String
        switch response.status {
        case 200..<300: return
        case 401: throw GitHubError(context: context, reason: "401 unauthorized: GITHUB_TOKEN is missing, expired or wrong")
        case 403: throw GitHubError(context: context, reason: "403 forbidden: the token may not write releases (it needs contents: write)")
        case 404: throw GitHubError(context: context, reason: "404 not found: check the repository owner/name and that the token can see it")
        case 422: throw GitHubError(context: context, reason: "422 rejected: \((message ?? "validation failed").lowercased())")
        default: throw GitHubError(context: context, reason: "unexpected status \(response.status)")
        }
    }
}
