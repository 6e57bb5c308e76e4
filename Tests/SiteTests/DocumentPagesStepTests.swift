import Foundation
import ReleaseNotes
@testable import Site
import Testing

/// Docs pages as docs tools make them: front matter read and hidden, the navigation ordered by weight then title, and
/// a pager to the neighbouring pages.
@Suite struct DocumentPagesStepTests {
    /// A docs folder with a start page, weighted pages, one with a title only in its front matter, and unweighted ones.
    static let folder: [String: String] = [
        "index.md": "# Welcome\n\nStart here.\n",
        "guide.md": "---\ntitle: User guide\nweight: 2\ndescription: How to use it.\n---\nIntro.\n\n## Install\n\n---\n\nAfter the break.\n",
        "alpha.md": "---\ntitle: Alpha\nweight: 1\n---\n# Alpha heading\n",
        "zebra.md": "# zebra\n",
        "apple.md": "# Apple\n",
        "more/banana.md": "# banana\n",
        "broken.md": "---\ntitle: Broken\nweight: 0\n\nNo closing line.\n",
    ]

    /// The site pages of `folder` (docs path → Markdown), by site path.
    static func site(_ folder: [String: String]) throws -> [String: String] {
        let files = try SiteBuilder(content: content(folder), templates: try SiteTemplates.load(folder: nil), notes: try notes()).build()
        return files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// The site content of `folder`, with no releases.
    static func content(_ folder: [String: String]) -> SiteContent {
        let (documents, files) = SiteDocument.pages(from: folder.mapValues { Data($0.utf8) }, folder: "docs")
        return SiteContent(title: "Docs", components: [], documents: documents, documentFiles: files)
    }

    /// The renderer of release notes, which a site without releases never calls.
    static func notes() throws -> ReleaseNotes.MarkdownRenderer {
        ReleaseNotes.MarkdownRenderer(templates: try TemplateLibrary.load(folder: nil))
    }

    /// The links of the docs navigation in `html`, in order.
    static func navigation(_ html: String) -> [String] {
        guard let start = html.range(of: "<nav class=\"docs-nav\""),
              let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex) else { return [] }
        return links(in: String(html[start.upperBound..<end.lowerBound]))
    }

    /// Every `href` in `html`, in order.
    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    @Test func theNavigationIsOrderedByWeightThenTitleWithTheStartPageFirst() throws {
        let templates = try SiteTemplates.load(folder: nil)
        var state = SiteState(content: Self.content(Self.folder), templates: templates, notes: try Self.notes(), progress: nil)
        try DocumentPagesStep().run(&state)
        #expect(state.documents.map(\.title) == ["Welcome", "Alpha", "User guide", "Apple", "banana", "Broken", "zebra"])
        #expect(state.documents.first { $0.source == "guide.md" }?.description == "How to use it.")
        let site = try Self.site(Self.folder)
        let expected = ["index", "alpha", "guide", "apple", "more/banana", "broken", "zebra"].map { "../docs/\($0).html" }
        #expect(Self.navigation(site["docs/apple.html"] ?? "") == expected)
        #expect(site["index.html"]?.contains("<a href=\"docs/index.html\">Docs</a>") == true)
    }

    @Test func aWeightedStartPageTakesItsPlaceAndTheDocsLinkFollows() throws {
        var folder = Self.folder
        folder["index.md"] = "---\nweight: 5\n---\n# Welcome\n"
        let site = try Self.site(folder)
        #expect(Self.navigation(site["docs/index.html"] ?? "").prefix(3) == ["../docs/alpha.html", "../docs/guide.html", "../docs/index.html"])
        #expect(site["index.html"]?.contains("<a href=\"docs/alpha.html\">Docs</a>") == true)
    }

    @Test func frontMatterIsNeverRenderedAndItsTitleIsShown() throws {
        let guide = try Self.site(Self.folder)["docs/guide.html"] ?? ""
        #expect(!guide.contains("weight: 2") && !guide.contains("title: User guide"))
        #expect(guide.contains("<title>User guide · Docs</title>"))
        #expect(guide.contains("<h1>User guide</h1>"))
        // The break the page itself writes, after its front matter, stays.
        #expect(guide.components(separatedBy: "<hr").count == 2)
        #expect(guide.contains("<h2 id=\"install\">Install</h2>"))
    }

    @Test func aPageWithItsOwnHeadingKeepsItAlone() throws {
        let alpha = try Self.site(Self.folder)["docs/alpha.html"] ?? ""
        #expect(alpha.components(separatedBy: "<h1").count == 2)
        #expect(alpha.contains("Alpha heading</h1>"))
        #expect(alpha.contains("<title>Alpha · Docs</title>"))
    }

    @Test func aMalformedBlockRendersAsMarkdown() throws {
        let broken = try Self.site(Self.folder)["docs/broken.html"] ?? ""
        #expect(broken.contains("<hr"))
        #expect(broken.contains("No closing line."))
        #expect(broken.contains("<title>Broken · Docs</title>"), "the file name's title")
    }

    @Test func eachPageLinksItsNeighboursInNavigationOrder() throws {
        let site = try Self.site(Self.folder)
        let guide = site["docs/guide.html"] ?? ""
        #expect(guide.contains("<nav class=\"doc-pager\" aria-label=\"Previous and next page\">"))
        let previous = "href=\"../docs/alpha.html\" rel=\"prev\"><span class=\"doc-pager-label\">Previous</span> <span class=\"doc-pager-title\">Alpha</span>"
        let next = "href=\"../docs/apple.html\" rel=\"next\"><span class=\"doc-pager-label\">Next</span> <span class=\"doc-pager-title\">Apple</span>"
        #expect(guide.contains(previous) && guide.contains(next))
        let first = site["docs/index.html"] ?? "", last = site["docs/zebra.html"] ?? ""
        #expect(!first.contains("rel=\"prev\"") && first.contains("href=\"../docs/alpha.html\" rel=\"next\""))
        #expect(last.contains("href=\"../docs/broken.html\" rel=\"prev\"") && !last.contains("rel=\"next\""))
        #expect(site["docs/more/banana.html"]?.contains("href=\"../../docs/apple.html\" rel=\"prev\"") == true)
    }

    @Test func aLonePageHasNoPager() throws {
        let page = try Self.site(["index.md": "# Only\n"])["docs/index.html"] ?? ""
        #expect(!page.contains("doc-pager"))
    }

    @Test func theCurrentPageAloneIsMarkedInTheNavigation() throws {
        let guide = try Self.site(Self.folder)["docs/guide.html"] ?? ""
        let marked = guide.components(separatedBy: "aria-current=\"page\"")
        #expect(marked.count == 2)
        #expect(marked.first?.hasSuffix("href=\"../docs/guide.html\" ") == true)
    }
}
