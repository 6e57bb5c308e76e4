import Foundation

/// Settings for the static site that `herald site` builds.
public struct SiteConfiguration: Sendable, Equatable {
    /// The site's title; nil lets Herald use the project name.
    public var title: String?
    /// The absolute http(s) URL the site is published at, always ending in `/`; nil when not given.
    public var baseURL: URL?
    /// The repository-relative folder of Markdown pages added to the site.
    public var docs: String

    /// The folder of Markdown pages when `docs` is not given.
    public static let defaultDocs = "site"

    /// Creates site settings.
    public init(title: String? = nil, baseURL: URL? = nil, docs: String = defaultDocs) {
        self.title = title
        self.baseURL = baseURL
        self.docs = docs
    }
}

extension SiteConfiguration {
    /// The keys `site` may have.
    static let keys = ["title", "baseURL", "docs"]

    /// The `site` mapping.
    init(configuration node: ConfigurationNode) throws {
        let fields = try node.fields(Self.keys)
        self.init(
            title: try fields["title"]?.nonEmptyString("a site title"),
            baseURL: try fields["baseURL"].map(Self.baseURL),
            docs: try fields["docs"].map(Self.docs) ?? Self.defaultDocs
        )
    }

    /// An absolute http(s) URL, given a trailing `/` so that relative paths resolve under it.
    private static func baseURL(_ node: ConfigurationNode) throws -> URL {
        let text = try node.string()
        switch parseBaseURL(text) {
        case .success(let url): return url
        case .failure(let problem): throw node.error(.invalidBaseURL(problem))
        }
    }

    /// `text` as the base URL of a site: absolute http(s), no query or fragment, ending in `/`.
    public static func parseBaseURL(_ text: String) -> Result<URL, BaseURLProblem> {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else {
            return .failure(.notAbsolute(text))
        }
        guard url.query == nil, url.fragment == nil else {
            return .failure(.hasQueryOrFragment(text))
        }
        return .success(text.hasSuffix("/") ? url : URL(string: text + "/") ?? url)
    }

    /// A repository-relative folder, without trailing `/`.
    private static func docs(_ node: ConfigurationNode) throws -> String {
        var folder = try node.nonEmptyString("a folder")
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        let components = folder.split(separator: "/")
        guard !folder.hasPrefix("/"), !components.contains("..") else {
            throw node.error(.folderOutsideRepository(folder, example: "site"))
        }
        return folder
    }
}
