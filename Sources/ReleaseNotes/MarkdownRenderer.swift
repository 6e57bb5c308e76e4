import Mustache

/// Renders notes and the changelog to Markdown through the `notes` and `changelog` templates.
public struct MarkdownRenderer: Sendable {
    /// The templates used.
    public let templates: TemplateLibrary
    /// The sections changes are grouped into.
    public var layout: SectionLayout

    /// Creates a renderer over `templates`.
    public init(templates: TemplateLibrary, layout: SectionLayout = .standard) {
        self.templates = templates
        self.layout = layout
    }

    /// The Markdown notes of one range.
    public func notes(_ document: NotesDocument) throws -> String {
        try templates.render(NotesContext(document: document, layout: layout).dictionary, template: "notes")
    }

    /// The body of an editable draft: the release template, each entry ending in its invisible marker.
    public func draft(_ document: NotesDocument) throws -> String {
        try templates.render(NotesContext(document: document, layout: layout, marked: true).dictionary, template: "release")
    }

    /// The values templates see for `document`, for renderers of other outputs such as the site.
    public func templateContext(_ document: NotesDocument) -> [String: Any] {
        NotesContext(document: document, layout: layout).dictionary
    }

    /// The Markdown changelog of `documents`, in the order given (newest first).
    public func changelog(_ documents: [NotesDocument], title: String) throws -> String {
        try templates.render(["title": title, "releases": ReleaseContexts(documents: documents, layout: layout)], template: "changelog")
    }
}

/// Release contexts made one at a time as the template walks them, so a long changelog never holds them all.
struct ReleaseContexts: MustacheSequence {
    /// The documents, newest first.
    let documents: [NotesDocument]
    /// The sections changes are grouped into.
    let layout: SectionLayout

    func makeIterator() -> AnyIterator<[String: Any]> {
        var inner = documents.makeIterator()
        return AnyIterator { [layout] in inner.next().map { NotesContext(document: $0, layout: layout).dictionary } }
    }
}
