import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real HTTP server on 127.0.0.1 that answers like GitHub's REST API, one scripted answer per request.
///
/// It handles one connection at a time and closes it after each answer, which URLSession accepts.
public final class LoopbackServer: @unchecked Sendable {
    /// One request as the server saw it.
    public struct Request: Sendable {
        /// The HTTP method, such as `GET` or `POST`.
        public var method: String
        /// The request target: path and query, as sent.
        public var path: String
        /// Header values keyed by lower-cased name.
        public var headers: [String: String]
        /// The body, decoded as UTF-8.
        public var body: String
    }

    /// An answer: status, headers and body, and seconds to wait before sending it.
    public struct Answer: Sendable {
        /// The HTTP status code.
        public var status: Int
        /// Extra headers; `Content-Type`, `Content-Length` and `Connection` are always sent.
        public var headers: [String: String]
        /// The body, sent as UTF-8 (JSON unless the test says otherwise).
        public var body: String
        /// Seconds the server waits before answering, to play a slow GitHub.
        public var delay: TimeInterval

        /// An answer with no extra headers, an empty body and no wait unless given.
        public init(status: Int, headers: [String: String] = [:], body: String = "", delay: TimeInterval = 0) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }
    }

    private let socketFD: Int32
    /// The port it listens on, picked by the system.
    public let port: Int
    private let lock = NSLock()
    private var recorded: [Request] = []
    private let respond: @Sendable (Request, Int) -> Answer
    private var stopped = false

    /// Starts listening; `respond` gets each request and its index.
    public init(respond: @escaping @Sendable (Request, Int) -> Answer) throws {
        self.respond = respond
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { throw CocoaError(.fileWriteUnknown) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socketFD = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in serve() }
    }

    /// The API root to give the client.
    public var baseURL: URL {
        var components = URLComponents()
        components.scheme = "http"
        components.host = "127.0.0.1"
        components.port = port
        return components.url ?? URL(fileURLWithPath: "/")
    }

    /// Every request so far.
    public var requests: [Request] { lock.withLock { recorded } }

    /// Stops accepting connections.
    public func stop() {
        lock.withLock { stopped = true }
        // Only the serving thread closes the socket: closed here, its number could be reused by the next test's
        // server before this thread's next accept, which would then answer that server's requests.
        shutdown(socketFD, Int32(SHUT_RDWR))
    }

    private func serve() {
        defer { close(socketFD) }
        while !lock.withLock({ stopped }) {
            let client = accept(socketFD, nil, nil)
            if client < 0 { return }
            handle(client)
            close(client)
        }
    }

    private func handle(_ client: Int32) {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Range<Data.Index>?
        while headerEnd == nil {
            let count = read(client, &buffer, buffer.count)
            if count <= 0 { return }
            data.append(contentsOf: buffer[0..<count])
            headerEnd = data.range(of: Data("\r\n\r\n".utf8))
        }
        guard let end = headerEnd else { return }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = head[0].split(separator: " ")
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while data.count - end.upperBound < length {
            let count = read(client, &buffer, buffer.count)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        let request = Request(
            method: String(requestLine.first ?? ""), path: requestLine.count > 1 ? String(requestLine[1]) : "",
            headers: headers, body: String(decoding: data[end.upperBound...], as: UTF8.self)
        )
        let index = lock.withLock { () -> Int in
            recorded.append(request)
            return recorded.count - 1
        }
        let answer = respond(request, index)
        if answer.delay > 0 { Thread.sleep(forTimeInterval: answer.delay) }
        var text = "HTTP/1.1 \(answer.status) Status\r\nContent-Type: application/json\r\nConnection: close\r\n"
        text += "Content-Length: \(answer.body.utf8.count)\r\n"
        for (name, value) in answer.headers { text += "\(name): \(value)\r\n" }
        text += "\r\n" + answer.body
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
    }
}
