import Mustache

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
        try templates.render(["title": title, "releases": ReleaseContexts(documents: documents)], template: "changelog")
    }
}

/// Release contexts made one at a time as the template walks them, so a long changelog never holds them all.
struct ReleaseContexts: MustacheSequence {
    /// The documents, newest first.
    let documents: [NotesDocument]

    func makeIterator() -> AnyIterator<[String: Any]> {
        var inner = documents.makeIterator()
        return AnyIterator { inner.next().map { NotesContext(document: $0).dictionary } }
    }
}
