import Foundation
import Testing

/// Tests of `LinkChecker` on small sites written at test time: it must accept references that lead somewhere and
/// report the missing files, folders and anchors, or the site tests that rely on it prove nothing.
@Suite struct LinkCheckerTests: SiteToolingFixtures {
    @Test func linkCheckerAcceptsASiteWhoseLinksAllLeadSomewhere() throws {
        let site = try Self.makeSite([
            "index.html": Self.page(title: "Home", body: """
                <!-- <a href="commented-out.html">gone</a> -->
                <nav><a href=releases/>Releases</a> <a href='releases/1.0/index.html#changes'>1.0</a>
                <a href="notes%20and%20more.html">Notes</a> <a href="a&amp;b.html?x=1&amp;y=2">A and B</a>
                <a href="#main">skip</a> <a href="#">top</a> <a href="#top">top</a> <a href="?q=csi">search</a>
                <a href="https://example.com/missing.html">elsewhere</a> <a href="//cdn.example.com/x.js">cdn</a>
                <a href="mailto:team@example.com">mail</a> <a href="data:text/plain,hi">data</a></nav>
                <main id="main"><img src="assets/logo.png" srcset="assets/logo.png 1x, assets/logo@2x.png 2x" alt="Logo">
                <a href="old.html#legacy">legacy</a> <a href="./releases/../search.html">search</a></main>
                <script>document.body.insertAdjacentHTML("beforeend", '<a href="' + "built.html" + '">x</a>');</script>
                <link rel="alternate" type="application/atom+xml" href="feed.xml">
                """),
            "releases/index.html": Self.page(title: "Releases", body: "<a href=\"../index.html#main\">home</a>"),
            "releases/1.0/index.html": Self.page(title: "1.0", body: "<h2 id=\"changes\">Changes</h2><a href=\"../../\">home</a>"),
            "notes and more.html": Self.page(title: "Notes", body: "<p>notes</p>"),
            "a&b.html": Self.page(title: "A and B", body: "<p>ab</p>"),
            "old.html": Self.page(title: "Old", body: "<a name=\"legacy\">legacy</a>"),
            "search.html": Self.page(title: "Search", body: "<form action=\"search.html\"><input name=\"q\"></form>"),
            "assets/logo.png": "png",
            "assets/logo@2x.png": "png",
            "feed.xml": Self.feed(entries: [Self.entry(number: 1)], extra: "<link rel=\"self\" href=\"feed.xml\"/>"),
        ])
        defer { Self.remove(site) }
        let broken = try LinkChecker(siteFolder: site).brokenLinks()
        #expect(broken.isEmpty, "\(broken)")
    }

    @Test func linkCheckerReportsMissingTargetsAndAnchors() throws {
        let site = try Self.makeSite([
            "index.html": Self.page(title: "Home", body: """
                <a href="missing.html">missing</a>
                <a href="releases/index.html#no-such-anchor">bad anchor</a>
                <a href="#nowhere">bad local anchor</a>
                <a href="empty/">folder without index</a>
                <img src="assets/logo.png" srcset="assets/logo.png 1x, assets/logo@3x.png 3x" alt="Logo">
                <a href="../outside.html">outside</a>
                <input name="field"><a href="#field">a name on an input is no anchor</a>
                """),
            "releases/index.html": Self.page(title: "Releases", body: "<h2 id=\"changes\">Changes</h2>"),
            "empty/readme.txt": "not a page",
            "assets/logo.png": "png",
            "feed.xml": Self.feed(entries: [Self.entry(number: 1)], extra: "<link rel=\"related\" href=\"gone.html\"/>"),
        ])
        defer { Self.remove(site) }
        let broken = try LinkChecker(siteFolder: site).brokenLinks()
        let found = Set(broken.map { "\($0.source) \($0.reference)" })
        #expect(found == [
            "index.html missing.html",
            "index.html releases/index.html#no-such-anchor",
            "index.html #nowhere",
            "index.html empty/",
            "index.html assets/logo@3x.png",
            "index.html ../outside.html",
            "index.html #field",
            "feed.xml gone.html",
        ], "\(broken)")
        #expect(broken.first { $0.reference == "missing.html" }?.line == 8)
        #expect(broken.first { $0.reference == "empty/" }?.reason.contains("index.html") == true)
        #expect(broken.first { $0.reference == "#nowhere" }?.reason.contains("nowhere") == true)
    }

    @Test func linkCheckerChecksAbsoluteLinksUnderTheSiteURL() throws {
        let sitemap = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://example.com/herald/</loc></url>
            <url><loc>https://example.com/herald/gone.html</loc></url>
            </urlset>
            """
        let site = try Self.makeSite([
            "index.html": Self.page(title: "Home", body: """
                <link rel="canonical" href="https://example.com/herald/index.html">
                <a href="https://example.com/herald/missing.html#x">missing</a>
                <a href="https://example.com/other/page.html">another site</a>
                <a href="/index.html">root-relative</a>
                """),
            "sitemap.xml": sitemap,
        ])
        defer { Self.remove(site) }
        var checker = LinkChecker(siteFolder: site, siteURL: URL(string: "https://example.com/herald"))
        let broken = try checker.brokenLinks()
        #expect(Set(broken.map(\.reference)) == [
            "https://example.com/herald/missing.html#x", "https://example.com/herald/gone.html",
        ], "\(broken)")
        checker.allowsRootRelativeReferences = false
        #expect(try checker.brokenLinks().contains { $0.reference == "/index.html" })
    }

    @Test func linkCheckerReadsEveryAttributeQuotingAndDecodesReferences() {
        let html = """
            <A HREF=plain.html>x</A><a href='single.html' id=one>y</a>
            <img
              src="a&amp;b.png" alt="&lt;tag&gt;" data-x="&#x41;&#66;">
            <script>var s = '<a href="in-script.html">';</script><style>a[href="in-style.html"] {}</style>
            """
        let values = LinkChecker.attributeValues(in: html, skippingRawText: true)
        let pairs = values.map { "\($0.element).\($0.attribute)=\($0.value)@\($0.line)" }
        #expect(pairs == [
            "a.href=plain.html@1", "a.href=single.html@1", "a.id=one@1",
            "img.src=a&b.png@2", "img.alt=<tag>@2", "img.data-x=AB@2",
        ])
        #expect(LinkChecker.urls(inSrcset: "a.png 1x,b.png  2x , c.png") == ["a.png", "b.png", "c.png"])
    }

    @Test func linkCheckerRefusesAFolderWithoutPages() throws {
        let site = try Self.makeSite(["feed.xml": Self.feed(entries: [])])
        defer { Self.remove(site) }
        #expect(throws: LinkChecker.Failure.self) { try LinkChecker(siteFolder: site).brokenLinks() }
    }
}
