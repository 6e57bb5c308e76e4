import Foundation

/// How notes, drafts and changelogs are written: the `notes` key.
public struct NotesConfiguration: Sendable, Equatable {
    /// The output style's name, one of `styleNames`; nil leaves the choice to the command (the standard style).
    public var style: String?
    /// The project's documentation, linked at the top of the Kubernetes style's notes.
    public var documentation: URL?
    /// Changelog files whose sections are a release's published notes, as repository paths where `{major}` and
    /// `{minor}` stand for the release's; empty turns reading them off.
    public var changelogFiles: [String] = NotesConfiguration.defaultChangelogFiles

    /// Where maintainers keep changelogs: Kubernetes' per-minor files, then one file for everything.
    public static let defaultChangelogFiles = ["CHANGELOG/CHANGELOG-{major}.{minor}.md", "CHANGELOG-{major}.{minor}.md", "CHANGELOG.md"]

    /// The built-in styles: Herald's own, the Kubernetes release-notes tool's and Keep a Changelog's.
    public static let styleNames = ["standard", "kubernetes", "keepachangelog"]

    /// Creates notes settings.
    public init(style: String? = nil, documentation: URL? = nil) {
        self.style = style
        self.documentation = documentation
    }
}

extension NotesConfiguration {
    /// The keys `notes` may have.
    static let keys = ["style", "documentation", "changelogFiles"]

    /// The `notes` mapping.
    init(configuration node: ConfigurationNode) throws {
        let fields = try node.fields(Self.keys)
        var style: String?
        if let styleNode = fields["style"] {
            let name = try styleNode.nonEmptyString("a style name")
            guard Self.styleNames.contains(name) else { throw styleNode.error(.unknownStyle(name, known: Self.styleNames)) }
            style = name
        }
        var documentation: URL?
        if let urlNode = fields["documentation"] {
            let text = try urlNode.string()
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false else {
                throw urlNode.error(.invalidLink(text))
            }
            documentation = url
        }
        self.init(style: style, documentation: documentation)
        if let filesNode = fields["changelogFiles"] {
            if case .scalar = filesNode.node, try filesNode.string() == "false" {
                changelogFiles = []
            } else {
                changelogFiles = try filesNode.items(of: "changelog file paths").map { item in
                    let path = try item.nonEmptyString("a repository path")
                    guard !path.hasPrefix("/"), !path.split(separator: "/").contains(".."), !path.contains(":") else {
                        throw item.error(.folderOutsideRepository(path, example: "CHANGELOG/CHANGELOG-{major}.{minor}.md"))
                    }
                    return path
                }
            }
        }
    }
}
