import Testing
@testable import CommonMark

@Suite struct SafetyTests {
    private let renderer = MarkdownRenderer()

    /// Whether the HTML has a live `href` or `src` with a dangerous scheme.
    private func hasUnsafeDestination(_ html: String) -> Bool {
        let lowered = html.lowercased()
        return ["javascript", "vbscript", "data:", "file:", "java%09script", "%20javascript"].contains { scheme in
            lowered.contains("href=\"\(scheme)") || lowered.contains("src=\"\(scheme)")
        }
    }

    @Test(arguments: [
        "<img src=x onerror=alert(1)>",
        "Inline <img src=x onerror=alert(1)> image.",
        "<script>alert(1)</script>",
        "Text <script>alert(1)</script> more",
        "<div onmouseover=\"alert(1)\">\nhover\n</div>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "- <img src=x onerror=alert(1)>\n- item",
        "# Heading <img src=x onerror=alert(1)>",
        "<!-- comment --><svg onload=alert(1)>",
    ])
    func rawHTMLNeverReachesTheOutput(_ markdown: String) {
        let html = renderer.render(markdown).html
        #expect(!html.contains("<img"), "\(html)")
        #expect(!html.contains("<script"), "\(html)")
        #expect(!html.contains("<div"), "\(html)")
        #expect(!html.contains("<iframe"), "\(html)")
        #expect(!html.contains("<svg"), "\(html)")
        #expect(!html.contains("onerror="), "\(html)")
        #expect(!html.contains("onload="), "\(html)")
        #expect(!html.contains("raw HTML omitted"), "\(html)")
    }

    @Test func rawHTMLIsRemovedAndTheTextAroundItKept() {
        #expect(renderer.render("Inline <img src=x onerror=alert(1)> image.").html == "<p>Inline  image.</p>\n")
        #expect(renderer.render("Some <b>bold</b> words").html == "<p>Some bold words</p>\n")
        #expect(renderer.render("<img src=x onerror=alert(1)>\n\nAfter.").html == "<p>After.</p>\n")
        #expect(renderer.render("<b>x</b>").html == "<p>x</p>\n")
        #expect(renderer.render("<span></span>").html == "")
    }

    @Test func theVisibleTextOfAnHTMLBlockStaysAsText() {
        let markdown = "<details>\n<summary>Screenshots &amp; logs</summary>\n<script>alert(1)</script>\n\n**Body**\n\n</details>\n"
        let rendered = renderer.render(markdown)
        #expect(rendered.html == "<p>Screenshots &amp; logs</p>\n<p><strong>Body</strong></p>\n")
        #expect(rendered.text == "Screenshots & logs Body")
    }

    @Test(arguments: [
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x]( JAVASCRIPT:alert(1))",
        "[x](< javascript:alert(1)>)",
        "[x](<java\tscript:alert(1)>)",
        "[x](java&#9;script:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](&#1;javascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](file:///etc/passwd)",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[ref]\n\n[ref]: <javascript:alert(1)> \"title\"",
        "[x](javascript:alert(1) \"title\")",
    ])
    func unsafeLinksLoseTheirDestinationButKeepTheirText(_ markdown: String) {
        let rendered = renderer.render(markdown)
        #expect(!rendered.html.contains("<a"), "\(rendered.html)")
        #expect(!hasUnsafeDestination(rendered.html), "\(rendered.html)")
        #expect(!rendered.text.isEmpty)
    }

    @Test(arguments: [
        "![x](data:image/png;base64,iVBORw0KGgo=)",
        "![x](javascript:alert(1))",
        "![x]( DATA:image/svg+xml;base64,PHN2Zz4=)",
        "![x][img]\n\n[img]: file:///etc/passwd",
    ])
    func unsafeImagesBecomeTheirAltText(_ markdown: String) {
        let html = renderer.render(markdown).html
        #expect(html == "<p>x</p>\n")
    }

    @Test func imagesInsideUnsafeImagesAndLinksAreHandledInnermostFirst() {
        let markdown = "![a ![b](javascript:x) [c](javascript:y)](data:image/png;base64,AAA) [![d](ok.png)](javascript:z)"
        let html = renderer.render(markdown).html
        #expect(html == "<p>a b c <img src=\"ok.png\" alt=\"d\" /></p>\n")
    }

    @Test func safeLinksAreUntouched() {
        let markdown = "[a](https://example.com) [b](/path) [c](guide.md#install) [d](mailto:x@example.com) [e](#top) [f](javascript-guide.html) [g](data.html)"
        let rendered = renderer.render(markdown)
        #expect(rendered.html == MarkdownRenderer.plainHTML(markdown))
        #expect(rendered.html.ranges(of: "<a href").count == 7)
    }

    @Test func linkTitlesAreKeptAndEscaped() {
        let html = renderer.render(#"[x](https://example.com "a \" onmouseover=alert(1) <b>")"#).html
        #expect(html == "<p><a href=\"https://example.com\" title=\"a &quot; onmouseover=alert(1) &lt;b&gt;\">x</a></p>\n")
    }
}
