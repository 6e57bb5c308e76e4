/// The HTML of one Markdown document and what was learnt while rendering it.
public struct RenderedMarkdown: Sendable, Equatable {
    /// The body HTML, without an `<html>` wrapper.
    public var html: String
    /// Every heading in document order, with its id.
    public var headings: [Heading]
    /// The text of the first level-1 heading that has text, if any.
    public var title: String?
    /// The plain text of the document, white space collapsed, for a search index.
    public var text: String

    /// Creates a rendered document.
    public init(html: String, headings: [Heading], title: String?, text: String) {
        self.html = html
        self.headings = headings
        self.title = title
        self.text = text
    }
}
