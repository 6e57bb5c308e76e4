import Changes

/// Where a change and its authors live on the forge: the web addresses templates link to.
struct ChangeLinks {
    /// The repository's web address, such as `https://github.com/owner/name`, without a trailing `/`.
    let repositoryURL: String

    /// The forge's address: the repository's without `owner/name`.
    var hostURL: String {
        var parts = repositoryURL.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count > 2 { parts.removeLast(2) }
        return parts.joined(separator: "/")
    }

    /// The pull request's page, or the commit's for a direct commit.
    func url(of change: Change) -> String {
        if let number = change.pullRequest { return "\(repositoryURL)/pull/\(number)" }
        return "\(repositoryURL)/commit/\(change.commit)"
    }

    /// The profile of an author given as `@login`; nil for a name, or a login with characters no login has.
    func profileURL(of author: String) -> String? {
        guard author.hasPrefix("@") else { return nil }
        var login = author.dropFirst()
        // GitHub Apps act as `name[bot]`; their page is under /apps.
        let isBot = login.hasSuffix("[bot]")
        if isBot { login = login.dropLast(5) }
        guard !login.isEmpty, login.utf8.count <= 39, !login.hasPrefix("-"),
              login.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") })
        else { return nil }
        return isBot ? "\(hostURL)/apps/\(login)" : "\(hostURL)/\(login)"
    }

    /// `[#12](…/pull/12), [@alice](…/alice)`: the Kubernetes tool's reference, each part a link where one is known.
    func linkedReference(of change: Change) -> String {
        var parts = ["[\(change.reference)](\(url(of: change)))"]
        for author in change.authors {
            if let profile = profileURL(of: author) {
                parts.append("[\(author)](\(profile))")
            } else {
                parts.append(MarkdownText.escapingHTML(author))
            }
        }
        return parts.joined(separator: ", ")
    }
}
