import Foundation

extension GitHubAPI {
    /// Whether `url` has the API's scheme, host and port: the only origin the token is sent to.
    func isOnOrigin(_ url: URL) -> Bool {
        Self.origin(of: url) == Self.origin(of: baseURL)
    }

    /// `scheme://host:port`, lower-cased, with the scheme's default port spelled out.
    static func origin(of url: URL) -> String {
        let scheme = (url.scheme ?? "").lowercased()
        let port = url.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : -1)
        return "\(scheme)://\((url.host ?? "").lowercased()):\(port)"
    }

    /// Where a 3xx leads, when Herald may follow it: a read, on the API's origin, within the redirect limit.
    func redirectTarget(of response: HTTPResponse, from url: URL, method: String, followed: Int, context: String) throws -> URL {
        let status = response.status
        guard [301, 302, 303, 307, 308].contains(status),
              let location = response.headers["location"], let next = URL(string: location, relativeTo: url)?.absoluteURL else {
            throw failure(context: context, reason: "unexpected redirect (status \(status)); check GITHUB_API_URL", kind: .redirected)
        }
        guard isOnOrigin(next) else {
            throw failure(
                context: context,
                reason: "refused a redirect to another host (\(Self.origin(of: next))); check GITHUB_API_URL", kind: .redirected
            )
        }
        // Following a write would re-send it: GitHub's API never redirects one, so a redirect means the URL is wrong.
        guard method == "GET" else {
            throw failure(context: context, reason: "refused a \(status) redirect of a \(method); check GITHUB_API_URL", kind: .redirected)
        }
        guard followed < Self.redirectLimit else {
            throw failure(context: context, reason: "more than \(Self.redirectLimit) redirects; check GITHUB_API_URL", kind: .redirected)
        }
        return next
    }
}
