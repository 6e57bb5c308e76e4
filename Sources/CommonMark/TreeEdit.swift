import CCmark

/// One change to a parsed document that makes it safe, found while walking the tree and made after.
///
/// libcmark's iterator must not see the tree change under it, so the walk only records edits.
enum TreeEdit {
    /// Remove an inline raw HTML node.
    case dropInlineHTML(OpaquePointer)
    /// Replace a raw HTML block with a paragraph of its visible text, or remove it when it has none.
    case replaceHTMLBlock(OpaquePointer, text: String?)
    /// Remove a link but keep its text: its children move before it.
    case unwrapLink(OpaquePointer)
    /// Replace an image with a text node of its alt text.
    case replaceImage(OpaquePointer)
    /// Replace an image with a link to its source, holding its alt text.
    case linkImage(OpaquePointer)

    /// Makes `edits`, given in document order.
    ///
    /// Edits run from last to first, so a node inside another (an unsafe link inside an image's
    /// alt text) is handled before the node that holds it, and never after it was freed.
    static func apply(_ edits: [TreeEdit]) {
        for edit in edits.reversed() {
            switch edit {
            case .dropInlineHTML(let node): removeInlineHTML(node)
            case .replaceHTMLBlock(let node, let text): replaceHTMLBlock(node, with: text)
            case .unwrapLink(let node): removeLink(node)
            case .replaceImage(let node): removeImage(node)
            case .linkImage(let node): replaceImageWithLink(node)
            }
        }
    }

    private static func removeInlineHTML(_ node: OpaquePointer) {
        let parent = cmark_node_parent(node)
        cmark_node_free(node)
        // A paragraph that held nothing but raw HTML would otherwise render as an empty `<p></p>`.
        if let parent, cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH, cmark_node_first_child(parent) == nil {
            cmark_node_free(parent)
        }
    }

    private static func replaceHTMLBlock(_ block: OpaquePointer, with text: String?) {
        if let text, let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) {
            if let node = textNode(text) { cmark_node_append_child(paragraph, node) }
            place(paragraph, before: block)
        }
        cmark_node_free(block)
    }

    private static func removeLink(_ link: OpaquePointer) {
        while let child = cmark_node_first_child(link) {
            // libcmark refuses a move that would break the tree; the child is then freed with the link.
            guard cmark_node_insert_before(link, child) == 1 else { break }
        }
        cmark_node_free(link)
    }

    private static func removeImage(_ image: OpaquePointer) {
        let alt = altText(of: image)
        if !alt.isEmpty, let text = textNode(alt.string) {
            place(text, before: image)
        }
        cmark_node_free(image)
    }

    private static func replaceImageWithLink(_ image: OpaquePointer) {
        // A link inside a link is not HTML: there the alt text stands alone.
        guard !isInsideLink(image), let source = cmark_node_get_url(image), let link = cmark_node_new(CMARK_NODE_LINK) else {
            removeImage(image)
            return
        }
        let alt = altText(of: image)
        guard cmark_node_set_url(link, source) == 1, let text = textNode(alt.isEmpty ? String(cString: source) : alt.string) else {
            cmark_node_free(link)
            removeImage(image)
            return
        }
        if let title = cmark_node_get_title(image) { cmark_node_set_title(link, title) }
        cmark_node_append_child(link, text)
        place(link, before: image)
        cmark_node_free(image)
    }

    /// Whether a link holds `node`.
    private static func isInsideLink(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_LINK { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    /// A new text node holding `text`.
    private static func textNode(_ text: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        guard cmark_node_set_literal(node, text) == 1 else {
            cmark_node_free(node)
            return nil
        }
        return node
    }

    /// Puts the new `node` before `sibling`, or frees it if libcmark will not have it there.
    private static func place(_ node: OpaquePointer, before sibling: OpaquePointer) {
        if cmark_node_insert_before(sibling, node) != 1 { cmark_node_free(node) }
    }

    /// The plain text of an image's description, as libcmark writes it into `alt`.
    private static func altText(of image: OpaquePointer) -> CollapsedText {
        var alt = CollapsedText()
        guard let iterator = cmark_iter_new(image) else { return alt }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { alt.append(literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                alt.separate()
            default:
                break
            }
        }
        return alt
    }
}
