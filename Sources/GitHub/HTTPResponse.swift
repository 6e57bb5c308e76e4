import Foundation

/// An HTTP response: status, headers (lower-cased names) and body.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header values by lower-cased name.
    public var headers: [String: String]
    /// The body.
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
