/// One Markdown page of the docs folder.
public struct SiteDocument: Sendable, Equatable {
    /// The path inside the docs folder, such as `guide/install.md`.
    public var path: String
    /// The folder's path in the repository, such as `site`, for links that leave the folder.
    public var folder: String
    /// The page's Markdown as the file holds it, front matter included.
    public var markdown: String

    /// Creates a page.
    public init(path: String, folder: String, markdown: String) {
        self.path = path
        self.folder = folder
        self.markdown = markdown
    }

    /// The page's path in the repository.
    var repositoryPath: String { folder.isEmpty || folder == "." ? path : folder + "/" + path }
}
