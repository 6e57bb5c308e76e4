import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The scenario's site as a reader meets it: valid HTML, working links, valid feeds, and pages that work in a browser.
@Suite struct SiteReaderTests {
    @Test func everyInternalLinkResolves() throws {
        let site = try ScenarioSite.folder.get()
        let broken = try LinkChecker(siteFolder: site).brokenLinks()
        #expect(broken.isEmpty, "\(broken.map(\.description).joined(separator: "\n"))")
    }

    @Test func feedsAreValidAtomAndTheSitemapIsXML() throws {
        let site = try ScenarioSite.folder.get()
        for feed in ["feed.xml", "components/server/feed.xml", "components/client/feed.xml"] {
            let problems = AtomFeedChecker.problems(inFeedAt: site.appendingPathComponent(feed))
            #expect(problems.isEmpty, "\(feed): \(problems.map(\.description).joined(separator: "; "))")
        }
        let sitemap = try XMLDocument(contentsOf: site.appendingPathComponent("sitemap.xml"))
        // FoundationXML frees a document's nodes with the document, so it must outlive the reads.
        let locations = try withExtendedLifetime(sitemap) {
            try sitemap.nodes(forXPath: "//*[local-name()='loc']").compactMap(\.stringValue)
        }
        #expect(locations.contains("https://example.github.io/storage/components/server/v1.1.0.html"))
        #expect(locations.allSatisfy { $0.hasPrefix("https://example.github.io/storage/") })
    }

    @Test func everyPagePassesTheNuHTMLChecker() throws {
        let site = try ScenarioSite.folder.get()
        guard let checker = NuHTMLChecker.locate() else { return ScenarioSite.missing("the Nu HTML checker (java, vnu.jar)") }
        let messages = try checker.check(folder: site)
        #expect(messages.isEmpty, "\(messages.map(\.description).joined(separator: "\n"))")
        let styles = try checker.checkStyleSheets(folder: site)
        #expect(styles.isEmpty, "\(styles.map(\.description).joined(separator: "\n"))")
    }

    @Test func theBrowserShowsReleasesAndRunsNoFailingScript() throws {
        let site = try ScenarioSite.folder.get()
        guard let browser = HeadlessChromium.locate() else { return ScenarioSite.missing("chromium") }
        let index = try browser.load(file: site.appendingPathComponent("index.html"))
        #expect(index.scriptErrors.isEmpty, "\(index.scriptErrors)")
        #expect(index.dom.components(separatedBy: "class=\"release-row").count - 1 == 7, "seven releases listed")
        #expect(index.dom.contains("<span class=\"component\">server</span> <span class=\"version\">v1.1.1</span>"))

        // The component links filter the index in place.
        let filtered = try browser.load(url: try #require(URL(string: site.appendingPathComponent("index.html").absoluteString + "#component=client")))
        #expect(filtered.scriptErrors.isEmpty, "\(filtered.scriptErrors)")
        let rows = Self.releaseRows(filtered.dom)
        #expect(rows.filter { $0.contains("data-component=\"server\"") && $0.contains(" hidden") }.count == 5, "server rows hidden")
        #expect(!rows.contains { $0.contains("data-component=\"client\"") && $0.contains(" hidden") })

        let release = try browser.load(file: site.appendingPathComponent("components/server/v1.1.0.html"))
        #expect(release.scriptErrors.isEmpty, "\(release.scriptErrors)")
        #expect(release.dom.contains("<h1>server v1.1.0</h1>"))
        #expect(release.dom.contains("&lt;img src=x onerror=alert(1)&gt;"), "the hostile title reads as text")
        #expect(!release.dom.contains("<img"), "no image element was injected")
        #expect(!release.dom.contains("\u{1B}"), "a terminal escape in a title is dropped")
        #expect(release.dom.contains("registry.example.com/storage/server:v1.1.0"))

        let unreleased = try browser.load(file: site.appendingPathComponent("components/server/unreleased.html"))
        #expect(unreleased.scriptErrors.isEmpty, "\(unreleased.scriptErrors)")
        #expect(unreleased.dom.contains("<strong>Unreleased.</strong>"))
        #expect(unreleased.dom.contains("Add volume expansion"))
    }

    @Test func searchFindsAReleaseByPullRequestTitle() throws {
        let site = try ScenarioSite.folder.get()
        guard let browser = HeadlessChromium.locate() else { return ScenarioSite.missing("chromium") }
        let page = try browser.load(file: site.appendingPathComponent("search.html"), query: "q=lease+renewal")
        #expect(page.scriptErrors.isEmpty, "\(page.scriptErrors)")
        let results = Self.between(page.dom, "<ol id=\"search-results\"", "</ol>")
        #expect(results.contains("server v1.1.0"), "\(results)")
        #expect(results.components(separatedBy: "<li>").count - 1 == 1, "only the release with that pull request: \(results)")
        #expect(page.dom.contains("1 result for"))

        let hostile = try browser.load(file: site.appendingPathComponent("search.html"), query: "q=onerror")
        #expect(hostile.scriptErrors.isEmpty, "\(hostile.scriptErrors)")
        #expect(Self.between(hostile.dom, "<ol id=\"search-results\"", "</ol>").contains("server v1.1.0"))
        #expect(!hostile.dom.contains("<img"), "a result's text is never parsed as HTML")
    }

    @Test func pagesWorkWithoutJavaScript() throws {
        let site = try ScenarioSite.folder.get()
        // Without scripts the search page lists every release, so a reader can still find one.
        let search = try String(contentsOf: site.appendingPathComponent("search.html"), encoding: .utf8)
        #expect(search.components(separatedBy: "<li><a href=").count - 1 >= 6 + 3)
        // Copy buttons come from the script; without it the references are plain, selectable text.
        let release = try String(contentsOf: site.appendingPathComponent("components/server/v1.1.0.html"), encoding: .utf8)
        #expect(!release.contains("<button"))
        #expect(release.contains("<code class=\"copyable\">registry.example.com/storage/server:v1.1.0</code>"))
    }

    /// The text from `start` to the next `end`, or empty.
    static func between(_ text: String, _ start: String, _ end: String) -> String {
        guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex) else { return "" }
        return String(text[open.lowerBound..<close.upperBound])
    }

    /// The opening tag of each release row of a list, with the attributes the filters set.
    static func releaseRows(_ dom: String) -> [String] {
        dom.components(separatedBy: "<li class=\"release-row").dropFirst().map { String($0.prefix { $0 != ">" }) }
    }
}
