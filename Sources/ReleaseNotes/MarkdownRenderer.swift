/// Renders notes and the changelog to Markdown through the `notes` and `changelog` templates.
public struct MarkdownRenderer: Sendable {
    /// The templates used.
    public let templates: TemplateLibrary

    /// Creates a renderer over `templates`.
    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    /// The Markdown notes of one range.
    public func notes(_ document: NotesDocument) throws -> String {
        try templates.render(NotesContext(document: document).dictionary, template: "notes")
    }

    /// The Markdown changelog of `documents`, in the order given (newest first).
    public func changelog(_ documents: [NotesDocument], title: String) throws -> String {
        let releases = documents.map { NotesContext(document: $0).dictionary }
        return try templates.render(["title": title, "releases": releases], template: "changelog")
    }
}
