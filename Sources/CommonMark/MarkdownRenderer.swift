import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders Markdown with libcmark: raw HTML dropped, unsafe links removed, headings given ids.
///
/// Links and images whose destination has a `javascript:`, `vbscript:`, `data:` or `file:`
/// scheme lose it: a link keeps its text, an image becomes its alt text.
public struct MarkdownRenderer: Sendable {
    /// Called with every link and image destination; returns the destination to use, or nil to remove the link (its text stays, unlinked; an image becomes its alt text).
    public typealias LinkRewriter = @Sendable (String) -> String?

    private let rewriteLink: LinkRewriter?
    private let reservedIDs: Set<String>
    private let remoteImages: RemoteImages

    /// Creates a renderer; heading ids never repeat one of `reservedIDs`, the ids of the page around the document.
    public init(rewriteLink: LinkRewriter? = nil, reservedIDs: Set<String> = [], remoteImages: RemoteImages = .shown) {
        self.rewriteLink = rewriteLink
        self.reservedIDs = reservedIDs
        self.remoteImages = remoteImages
    }

    /// Renders `markdown` to safe HTML, with its headings, title and plain text.
    public func render(_ markdown: String) -> RenderedMarkdown {
        let empty = RenderedMarkdown(html: "", headings: [], title: nil, text: "")
        let parsed = Self.withSource(markdown) { source, length in
            cmark_parse_document(source, length, CMARK_OPT_DEFAULT).map { ($0, length) }
        }
        guard let (document, length) = parsed else { return empty }
        defer { cmark_node_free(document) }

        let scan = DocumentScan(document: document, sourceLength: length, rewriteLink: rewriteLink, remoteImages: remoteImages)
        TreeEdit.apply(scan.edits)
        var slugger = Slugger(reserved: reservedIDs)
        let headings = scan.headings.map { Heading(level: $0.level, text: $0.text, id: slugger.slug(for: $0.text)) }

        guard let html = cmark_render_html(document, CMARK_OPT_DEFAULT) else { return empty }
        defer { free(html) }
        return RenderedMarkdown(
            html: HeadingAnchors.insert(headings, into: html),
            headings: headings,
            title: headings.first { $0.level == 1 && !$0.text.isEmpty }?.text,
            text: scan.text.string
        )
    }

    /// libcmark's own HTML with default options and nothing else: the floor benchmarks compare against.
    public static func plainHTML(_ markdown: String) -> String {
        withSource(markdown) { source, length in
            guard let html = cmark_markdown_to_html(source, length, CMARK_OPT_DEFAULT) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    /// Calls `body` with the UTF-8 bytes of `markdown` and their count; NUL bytes included, since libcmark takes a length.
    private static func withSource<Result>(_ markdown: String, _ body: (UnsafePointer<CChar>, Int) -> Result) -> Result {
        var markdown = markdown
        return markdown.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { source in
                guard let start = source.baseAddress else { return "".withCString { body($0, 0) } }
                return body(start, source.count)
            }
        }
    }
}
