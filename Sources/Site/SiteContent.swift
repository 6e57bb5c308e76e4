import Foundation

/// Everything a site is built from: releases of every component, docs pages and settings. Read from git by the caller.
public struct SiteContent: Sendable {
    /// The site's title.
    public var title: String
    /// The absolute URL the site is published at, ending in `/`, or nil.
    public var baseURL: String?
    /// The repository's web address, such as `https://github.com/owner/name`, or nil.
    public var repositoryURL: String?
    /// The components, in configuration order.
    public var components: [SiteComponent]
    /// The Markdown pages of the docs folder, sorted by path.
    public var documents: [SiteDocument]
    /// Other files of the docs folder (pictures), by path inside the folder.
    public var documentFiles: [String: Data]

    /// Creates site content.
    public init(
        title: String, baseURL: String? = nil, repositoryURL: String? = nil, components: [SiteComponent],
        documents: [SiteDocument] = [], documentFiles: [String: Data] = [:]
    ) {
        self.title = title
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.repositoryURL = repositoryURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.components = components
        self.documents = documents
        self.documentFiles = documentFiles
    }

    /// Whether release pages sit under `components/NAME/` rather than `releases/`.
    var isMultiComponent: Bool { components.contains { $0.name != nil } }
}
