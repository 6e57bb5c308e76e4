/// The web addresses notes link to: the repository, for pull requests, commits and authors, and the project's
/// documentation.
public struct NotesLinks: Sendable, Equatable {
    /// The repository's web address, such as `https://github.com/owner/name`; nil when unknown, and nothing is linked.
    public var repositoryURL: String?
    /// The project's documentation, linked at the top of styles that show it.
    public var documentationURL: String?

    /// Creates links; a trailing `/` on the repository's address is dropped.
    public init(repositoryURL: String? = nil, documentationURL: String? = nil) {
        self.repositoryURL = repositoryURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.documentationURL = documentationURL
    }

    /// The addresses of changes and authors, when the repository is known.
    var changes: ChangeLinks? { repositoryURL.map(ChangeLinks.init(repositoryURL:)) }
}
