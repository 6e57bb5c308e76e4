import Foundation

/// An HTTP response: status, headers (lower-cased names) and body.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header values by lower-cased name.
    public var headers: [String: String]
    /// The body.
    public var body: Data
    /// The URL that answered, when the transport knows it: a transport that followed a redirect shows it here.
    public var url: URL?

    /// Creates a response.
    public init(status: Int, headers: [String: String], body: Data, url: URL? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url
    }
}
