import CommonMark

/// Where links in Markdown lead on the site: pages of the docs folder to their HTML, other repository files to the web host.
struct SiteLinkPolicy: Sendable {
    /// The repository's web address, or nil.
    let repositoryURL: String?
    /// The repository path of the docs folder.
    let folder: String
    /// Paths of the Markdown pages inside the docs folder.
    let documentPaths: Set<String>
    /// Paths of other files copied from the docs folder.
    let documentFiles: Set<String>

    /// Links of a docs page at site path `page`: sibling pages become `.html`, other repository files point at the default branch.
    func rewriter(for document: SiteDocument, page: String) -> CommonMark.MarkdownRenderer.LinkRewriter {
        let policy = self
        let directory = Self.directory(of: document.repositoryPath)
        return { url in
            guard let (path, suffix) = Self.repositoryTarget(url) else { return url }
            guard let resolved = Self.resolve(path, in: path.hasPrefix("/") ? "" : directory) else { return nil }
            if let inner = policy.insideFolder(resolved) {
                if policy.documentPaths.contains(inner) {
                    return SitePaths.link(from: page, to: SitePaths.documentPage(inner)) + suffix
                }
                if policy.documentFiles.contains(inner) {
                    return SitePaths.link(from: page, to: SitePaths.documentFile(inner)) + suffix
                }
            }
            // Our own page, for a link that is only an anchor or a query.
            if path.isEmpty { return url }
            return policy.repositoryURL.map { "\($0)/\(Self.view(of: resolved))/HEAD/\(resolved)\(suffix)" }
        }
    }

    /// Links in release notes: repository-relative paths point at the file at `ref` on the web host, or are removed without one.
    func rewriter(notesAt ref: String) -> CommonMark.MarkdownRenderer.LinkRewriter {
        let repositoryURL = self.repositoryURL
        return { url in
            guard let (path, suffix) = Self.repositoryTarget(url) else { return url }
            if path.isEmpty { return url }
            guard let resolved = Self.resolve(path, in: ""), let repositoryURL else { return nil }
            return "\(repositoryURL)/\(Self.view(of: resolved))/\(ref)/\(resolved)\(suffix)"
        }
    }

    /// Extensions of pictures, which the web host serves as they are only under `raw/`.
    static let pictureExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp"]

    /// `raw` for a picture, so an `<img>` gets the picture rather than the host's page about it; else `blob`.
    static func view(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "blob" }
        return pictureExtensions.contains(name[name.index(after: dot)...].lowercased()) ? "raw" : "blob"
    }

    /// The path inside the docs folder of a repository path, or nil when it is outside.
    func insideFolder(_ path: String) -> String? {
        if folder.isEmpty || folder == "." { return path }
        return path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : nil
    }

    /// The path and the `?query#fragment` of a link into the repository; nil for absolute URLs and bare anchors.
    static func repositoryTarget(_ url: String) -> (path: String, suffix: String)? {
        if url.isEmpty || url.hasPrefix("#") || url.hasPrefix("//") || hasScheme(url) { return nil }
        let cut = url.firstIndex { $0 == "?" || $0 == "#" } ?? url.endIndex
        return (String(url[..<cut]), String(url[cut...]))
    }

    /// Whether `url` starts with a scheme such as `https:` or `mailto:`.
    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// The folder part of a repository path.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `path` resolved against `directory`, with `.` and `..` removed; nil when it leaves the repository.
    static func resolve(_ path: String, in directory: String) -> String? {
        var parts = directory.split(separator: "/").map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
