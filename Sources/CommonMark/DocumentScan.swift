import CCmark

/// One walk over a parsed document: its plain text, its headings, and the edits that make it safe.
struct DocumentScan {
    /// The plain text of every text, code and code block literal.
    private(set) var text: CollapsedText
    /// Each heading's level and plain text, in document order.
    private(set) var headings: [(level: Int, text: String)] = []
    /// The edits to make once the walk is over, in document order.
    private(set) var edits: [TreeEdit] = []

    private let rewriteLink: MarkdownRenderer.LinkRewriter?
    private let remoteImages: RemoteImages
    private var heading: (level: Int, text: CollapsedText)?

    /// Walks `document`, rewriting link destinations in place as it goes.
    init(document: OpaquePointer, sourceLength: Int, rewriteLink: MarkdownRenderer.LinkRewriter?, remoteImages: RemoteImages) {
        self.rewriteLink = rewriteLink
        self.remoteImages = remoteImages
        text = CollapsedText(capacity: sourceLength)
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator) {
                visit(node, entering: event == CMARK_EVENT_ENTER)
            }
            event = cmark_iter_next(iterator)
        }
    }

    private mutating func visit(_ node: OpaquePointer, entering: Bool) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            guard let literal = cmark_node_get_literal(node) else { return }
            text.append(literal)
            heading?.text.append(literal)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            text.separate()
            heading?.text.separate()
        case CMARK_NODE_CODE_BLOCK:
            text.separate()
            if let literal = cmark_node_get_literal(node) { text.append(literal) }
            text.separate()
        case CMARK_NODE_HTML_BLOCK:
            let visible = cmark_node_get_literal(node).map(HTMLBlockText.text(of:)) ?? CollapsedText()
            text.separate()
            text.append(visible)
            text.separate()
            edits.append(.replaceHTMLBlock(node, text: visible.isEmpty ? nil : visible.string))
        case CMARK_NODE_HTML_INLINE:
            edits.append(.dropInlineHTML(node))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            guard entering else { return }
            // Decided on the destination as written: a repository path rewritten to the web host is not remote.
            let remote = type == CMARK_NODE_IMAGE && remoteImages == .linked && cmark_node_get_url(node).map(LinkSafety.isRemote) == true
            if !keepDestination(of: node) {
                edits.append(type == CMARK_NODE_LINK ? .unwrapLink(node) : .replaceImage(node))
            } else if remote {
                edits.append(.linkImage(node))
            }
        case CMARK_NODE_HEADING:
            text.separate()
            if entering {
                heading = (Int(cmark_node_get_heading_level(node)), CollapsedText())
            } else if let finished = heading {
                headings.append((finished.level, finished.text.string))
                heading = nil
            }
        default:
            // Any other block ends a word: "# Title" then "Text" is "Title Text", not "TitleText".
            if type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue { text.separate() }
        }
    }

    /// Whether a link or image keeps its destination; a rewritten destination is set on the node.
    private func keepDestination(of node: OpaquePointer) -> Bool {
        guard let destination = cmark_node_get_url(node) else { return true }
        guard let rewriteLink else { return LinkSafety.isSafe(destination) }
        let original = String(cString: destination)
        guard let rewritten = rewriteLink(original) else { return false }
        guard rewritten != original else { return LinkSafety.isSafe(destination) }
        guard LinkSafety.isSafe(rewritten) else { return false }
        return cmark_node_set_url(node, rewritten) == 1
    }
}
