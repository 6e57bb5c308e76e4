/// The web addresses notes link to: the repository, for pull requests, commits and authors, and the project's
/// documentation.
public struct NotesLinks: Sendable, Equatable {
    /// The repository's web address, such as `https://github.com/owner/name`; nil when unknown, and nothing is linked.
    public var repositoryURL: String?
    /// The project's documentation, linked at the top of styles that show it.
    public var documentationURL: String?
    /// The repositories pinned images are built from, for links to their changes.
    public var imageSources: ImageSources
    /// The forge's address the sources' `owner/name` live under, such as `https://github.com`.
    public var hostURL: String

    /// Creates links; a trailing `/` on the repository's address is dropped.
    public init(
        repositoryURL: String? = nil, documentationURL: String? = nil, imageSources: ImageSources = ImageSources(),
        hostURL: String = "https://github.com"
    ) {
        self.repositoryURL = repositoryURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.documentationURL = documentationURL
        self.imageSources = imageSources
        self.hostURL = hostURL
    }

    /// The addresses of changes and authors, when the repository is known.
    var changes: ChangeLinks? { repositoryURL.map(ChangeLinks.init(repositoryURL:)) }
}
