import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Gathers one task's answer for URLSessionTransport: refuses redirects and stops reading past the body limit.
final class ResponseCollector: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// Signalled once the task has completed.
    let done = DispatchSemaphore(value: 0)
    private let maximumBodyBytes: Int
    private let lock = NSLock()
    // Guarded by `lock`; written by the session's delegate queue, read after `done`.
    private var data = Data()
    private var response: HTTPURLResponse?
    private var error: Error?
    private var tooLarge = false

    init(maximumBodyBytes: Int) {
        self.maximumBodyBytes = maximumBodyBytes
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let tooLarge = response.expectedContentLength > Int64(maximumBodyBytes)
        lock.withLock {
            self.response = response as? HTTPURLResponse
            self.tooLarge = self.tooLarge || tooLarge
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflowing = lock.withLock { () -> Bool in
            guard !tooLarge else { return true }
            self.data.append(data)
            if self.data.count > maximumBodyBytes {
                tooLarge = true
                self.data = Data()
            }
            return tooLarge
        }
        if overflowing { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock {
            if response == nil { response = task.response as? HTTPURLResponse }
            self.error = error
        }
        done.signal()
    }

    /// The answer, or a one-line error for a timeout, a broken connection or a body past the limit.
    func result(for request: URLRequest) throws -> HTTPResponse {
        let context = Self.context(of: request)
        lock.lock()
        let data = self.data, response = self.response, error = self.error, tooLarge = self.tooLarge
        lock.unlock()
        if tooLarge {
            throw GitHubError(context: context, reason: "the answer is larger than \(Self.size(maximumBodyBytes)); check GITHUB_API_URL", kind: .unreadable)
        }
        if let error = error as? URLError, error.code == .timedOut {
            throw GitHubError(context: context, reason: "timed out; GitHub or GITHUB_API_URL did not answer in time", kind: .noAnswer)
        }
        // An answer cut off by a broken connection is no answer: half a list must never read as the whole.
        guard let response, error == nil else {
            let code = (error as? URLError).map { " (url error \($0.code.rawValue))" } ?? ""
            throw GitHubError(context: context, reason: "the connection broke before a complete answer\(code); try again", kind: .noAnswer)
        }
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return HTTPResponse(status: response.statusCode, headers: headers, body: data, url: response.url)
    }

    /// `METHOD /path` of a request, for errors.
    static func context(of request: URLRequest) -> String {
        "\(request.httpMethod ?? "GET") \(request.url?.path ?? "")"
    }

    /// `32 MiB`, or `4096 bytes` for a limit that is not a whole number of MiB.
    static func size(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
