import CommonMark
import Foundation

/// Renders the Markdown pages of the docs folder, with heading anchors and a table of contents.
struct DocumentPagesStep: SiteStep {
    let name = "render docs"

    func run(_ state: inout SiteState) throws {
        // Titles first: every page's navigation lists every page.
        var rendered: [(SiteDocument, String, RenderedMarkdown)] = []
        for document in state.content.documents {
            let path = SitePaths.documentPage(document.path)
            let renderer = CommonMark.MarkdownRenderer(rewriteLink: state.links.rewriter(for: document, page: path), reservedIDs: SiteState.templateIDs)
            rendered.append((document, path, renderer.render(document.markdown)))
        }
        state.documents = rendered.map { document, path, markdown in
            RenderedPage(path: path, title: markdown.title ?? Self.title(of: document.path), text: markdown.text)
        }
        for (index, (document, path, markdown)) in rendered.enumerated() {
            let toc: [[String: Any]] = markdown.headings.filter { (2...3).contains($0.level) }.map {
                ["text": $0.text, "id": $0.id, "level": $0.level, "nested": $0.level == 3]
            }
            let context: [String: Any] = [
                "html": markdown.html, "toc": toc, "hasTOC": toc.count > 1, "source": document.repositoryPath,
            ]
            let title = state.documents[index].title
            state.add(path, try state.page(path, title: title, template: "page", context: context))
        }
        for (file, data) in state.content.documentFiles {
            state.files[SitePaths.documentFile(file)] = data
        }
    }

    /// A readable title from a file name: `getting-started.md` → `Getting started`.
    static func title(of path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let base = name.lowercased().hasSuffix(".md") ? String(name.dropLast(3)) : name
        let words = base.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
