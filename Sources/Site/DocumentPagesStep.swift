import CommonMark
import Foundation

/// Renders the Markdown pages of the docs folder, with heading anchors, a table of contents and a pager, front matter
/// read and left out, in navigation order.
struct DocumentPagesStep: SiteStep {
    let name = "render docs"

    func run(_ state: inout SiteState) throws {
        // Titles and order first: every page's navigation lists every page, and its pager names its neighbours.
        var rendered: [(page: RenderedPage, document: SiteDocument, markdown: RenderedMarkdown, addsTitle: Bool)] = []
        for document in state.content.documents {
            let (frontMatter, body) = FrontMatter.split(document.markdown)
            let path = SitePaths.documentPage(document.path)
            let renderer = CommonMark.MarkdownRenderer(rewriteLink: state.links.rewriter(for: document, page: path), reservedIDs: SiteState.templateIDs)
            let markdown = renderer.render(body)
            let page = RenderedPage(
                path: path, source: document.path, title: frontMatter?.title ?? markdown.title ?? Self.title(of: document.path),
                text: markdown.text, weight: frontMatter?.weight, description: frontMatter?.description
            )
            let hasHeading = markdown.headings.contains { $0.level == 1 }
            rendered.append((page, document, markdown, frontMatter?.title != nil && !hasHeading))
        }
        rendered.sort { $0.page.precedes($1.page) }
        state.documents = rendered.map(\.page)
        for (index, (page, document, markdown, addsTitle)) in rendered.enumerated() {
            let toc: [[String: Any]] = markdown.headings.filter { (2...3).contains($0.level) }.map {
                ["text": $0.text, "id": $0.id, "level": $0.level, "nested": $0.level == 3]
            }
            // The page's own h1 goes before the table of contents, so the title comes first, on phones too.
            let (heading, body) = Self.leadingTitle(of: markdown.html)
            var context: [String: Any] = [
                "titleHTML": heading, "html": body, "toc": toc, "hasTOC": toc.count > 1, "source": document.repositoryPath, "title": page.title,
                "addsTitle": addsTitle, "hasPager": rendered.count > 1,
            ]
            context["description"] = page.description
            if index > 0 { context["previous"] = Self.link(to: rendered[index - 1].page) }
            if index + 1 < rendered.count { context["next"] = Self.link(to: rendered[index + 1].page) }
            state.add(page.path, try state.page(page.path, title: page.title, template: "page", context: context, description: page.description))
        }
        // In path order: a sink writes them as they come, and a build's steps happen the same way every time.
        for (file, data) in state.content.documentFiles.sorted(by: { $0.key < $1.key }) {
            state.files.put(data, at: SitePaths.documentFile(file))
        }
    }

    /// The rendered page split after its first element when that is an h1: the title, and the rest.
    static func leadingTitle(of html: String) -> (title: String, rest: String) {
        guard html.hasPrefix("<h1"), let end = html.range(of: "</h1>\n") else { return ("", html) }
        return (String(html[..<end.upperBound]), String(html[end.upperBound...]))
    }

    /// What the pager shows of a neighbouring page; its path is from the site's root, like the navigation's.
    static func link(to page: RenderedPage) -> [String: Any] {
        ["title": page.title, "path": page.path]
    }

    /// A readable title from a file name: `getting-started.md` → `Getting started`.
    static func title(of path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let base = name.lowercased().hasSuffix(".md") ? String(name.dropLast(3)) : name
        let words = base.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
