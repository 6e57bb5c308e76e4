/// One heading of a rendered document.
public struct Heading: Sendable, Equatable {
    /// The heading level, 1 to 6.
    public var level: Int
    /// The heading's plain text, white space collapsed.
    public var text: String
    /// The heading's id in the HTML, unique within the page.
    public var id: String

    /// Creates a heading.
    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}
