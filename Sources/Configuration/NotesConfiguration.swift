import Foundation

/// How notes, drafts and changelogs are written: the `notes` key.
public struct NotesConfiguration: Sendable, Equatable {
    /// The output style's name, one of `styleNames`; nil leaves the choice to the command (the standard style).
    public var style: String?
    /// The project's documentation, linked at the top of the Kubernetes style's notes.
    public var documentation: URL?

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
    static let keys = ["style", "documentation"]

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
    }
}
