import Dependencies
import Mustache

/// Renders notes and the changelog to Markdown through the `notes` and `changelog` templates.
public struct MarkdownRenderer: Sendable {
    /// The templates used.
    public let templates: TemplateLibrary
    /// The sections changes are grouped into.
    public var layout: SectionLayout
    /// The addresses entries and headings link to.
    public var links: NotesLinks

    /// Creates a renderer over `templates`.
    public init(templates: TemplateLibrary, layout: SectionLayout = .standard, links: NotesLinks = NotesLinks()) {
        self.templates = templates
        self.layout = layout
        self.links = links
    }

    /// The Markdown notes of one range.
    public func notes(_ document: NotesDocument) throws -> String {
        try templates.render(NotesContext(document: document, layout: layout, links: links).dictionary, template: "notes")
    }

    /// The body of an editable draft: the release template, each entry ending in its invisible marker.
    public func draft(_ document: NotesDocument) throws -> String {
        try templates.render(NotesContext(document: document, layout: layout, marked: true, links: links).dictionary, template: "release")
    }

    /// One release's section as the changelog shows it: the `release` template, without draft markers.
    public func section(_ document: NotesDocument) throws -> String {
        try templates.render(NotesContext(document: document, layout: layout, links: links).dictionary, template: "release")
    }

    /// What templates see of `document`'s dependency changes (`added`, `changed`, `removed`, `summary`, …); nil when it
    /// has none to show.
    public static func dependencyContext(_ document: NotesDocument) -> [String: Any]? {
        guard document.range.from != nil, let diff = document.dependencies else { return nil }
        return dependencyContext(diff)
    }

    /// The values templates see for the dependency changes of `diff`, or nil when it is empty.
    public static func dependencyContext(_ diff: DependencyDiff) -> [String: Any]? {
        diff.isEmpty ? nil : NotesContext.dependencyContext(diff)
    }

    /// The values templates see for `document`, for renderers of other outputs such as the site.
    public func templateContext(_ document: NotesDocument) -> [String: Any] {
        NotesContext(document: document, layout: layout, links: links).dictionary
    }

    /// The Markdown changelog of `documents`, in the order given (newest first).
    public func changelog(_ documents: [NotesDocument], title: String) throws -> String {
        try templates.render(["title": title, "releases": ReleaseContexts(documents: documents, layout: layout, links: links)], template: "changelog")
    }
}

/// Release contexts made one at a time as the template walks them, so a long changelog never holds them all.
struct ReleaseContexts: MustacheSequence {
    /// The documents, newest first.
    let documents: [NotesDocument]
    /// The sections changes are grouped into.
    let layout: SectionLayout
    /// The addresses entries link to.
    let links: NotesLinks

    func makeIterator() -> AnyIterator<[String: Any]> {
        var inner = documents.makeIterator()
        return AnyIterator { [layout, links] in inner.next().map { NotesContext(document: $0, layout: layout, links: links).dictionary } }
    }
}
