import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one HTTP request and waits for its response, at most `timeout` seconds.
public protocol HTTPTransport: Sendable {
    /// Sends `request`; a timeout or a broken connection throws.
    func send(_ request: URLRequest) throws -> HTTPResponse
}

/// The transport over URLSession, made synchronous for a command-line tool.
public struct URLSessionTransport: HTTPTransport {
    /// Seconds before a request is abandoned.
    public var timeout: TimeInterval

    /// Creates a transport with a per-request `timeout`.
    public init(timeout: TimeInterval = 30) {
        self.timeout = timeout
    }

    public func send(_ request: URLRequest) throws -> HTTPResponse {
        var request = request
        request.timeoutInterval = timeout
        let box = ResponseBox()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: request) { data, response, error in
            box.finish(data: data, response: response as? HTTPURLResponse, error: error)
        }.resume()
        // The session's own timeout fires first; the wait only guards against a stuck session.
        guard box.done.wait(timeout: .now() + timeout + 5) == .success else {
            throw GitHubError(context: "\(request.httpMethod ?? "GET") \(request.url?.path ?? "")", reason: "no answer in \(Int(timeout)) s")
        }
        return try box.result(for: request)
    }
}

/// Carries a URLSession answer from its callback to the waiting caller.
private final class ResponseBox: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    // Written once by the callback before `done` is signalled, read after the wait.
    private var data: Data?
    private var response: HTTPURLResponse?
    private var error: Error?

    func finish(data: Data?, response: HTTPURLResponse?, error: Error?) {
        self.data = data
        self.response = response
        self.error = error
        done.signal()
    }

    func result(for request: URLRequest) throws -> HTTPResponse {
        let context = "\(request.httpMethod ?? "GET") \(request.url?.path ?? "")"
        if let error = error as? URLError, error.code == .timedOut {
            throw GitHubError(context: context, reason: "timed out; GitHub or GITHUB_API_URL did not answer in time")
        }
        guard let response else {
            throw GitHubError(context: context, reason: "no response (\(error.map { String(describing: type(of: $0)) } ?? "unknown"))")
        }
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return HTTPResponse(status: response.statusCode, headers: headers, body: data ?? Data())
    }
}
