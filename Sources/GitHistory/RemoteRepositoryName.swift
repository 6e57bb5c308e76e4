/// The `owner/name` of a repository on a forge, read from a git remote's URL and nothing else: credentials, ports and
/// paths beyond the name are dropped, so the URL itself never reaches any output.
public enum RemoteRepositoryName {
    /// `owner/name` when `url` points at `host` (`github.com`, or a GitHub Enterprise Server host):
    /// `https://host/owner/name(.git)`, `ssh://git@host/owner/name`, `git@host:owner/name`; nil for anything else.
    public static func parse(_ url: String, host: String) -> String? {
        guard url.utf8.count <= 2048, !host.isEmpty else { return nil }
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") {
            guard ["https", "http", "ssh", "git"].contains(rest[..<scheme.lowerBound].lowercased()) else { return nil }
            rest = rest[scheme.upperBound...]
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            var authority = rest[..<slash]
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            if let colon = authority.firstIndex(of: ":") { authority = authority[..<colon] }
            guard authority.lowercased() == host.lowercased() else { return nil }
            rest = rest[rest.index(after: slash)...]
        } else {
            // scp-like: [user@]host:owner/name
            guard let colon = rest.firstIndex(of: ":") else { return nil }
            var authority = rest[..<colon]
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            guard authority.lowercased() == host.lowercased() else { return nil }
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        if rest.hasSuffix(".git") { rest = rest.dropLast(4) }
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy(isNamePart) else { return nil }
        return parts.joined(separator: "/")
    }

    /// GitHub's characters for owners and repositories: letters, digits, `-`, `_` and `.`, never `.` or `..` alone.
    static func isNamePart(_ part: Substring) -> Bool {
        !part.isEmpty && part.utf8.count <= 100 && part != "." && part != ".."
            && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
    }
}
