import Testing
@testable import CommonMark

@Suite struct HeadingTests {
    private let renderer = MarkdownRenderer()

    @Test func headingsGetIDsInDocumentOrder() {
        let rendered = renderer.render("# Herald 1.2\n\n## Install\n\nText.\n\n## Usage\n\n### Install\n\n## Install\n")
        #expect(rendered.headings == [
            Heading(level: 1, text: "Herald 1.2", id: "herald-12"),
            Heading(level: 2, text: "Install", id: "install"),
            Heading(level: 2, text: "Usage", id: "usage"),
            Heading(level: 3, text: "Install", id: "install-1"),
            Heading(level: 2, text: "Install", id: "install-2"),
        ])
        #expect(rendered.html == """
        <h1 id="herald-12">Herald 1.2</h1>
        <h2 id="install">Install</h2>
        <p>Text.</p>
        <h2 id="usage">Usage</h2>
        <h3 id="install-1">Install</h3>
        <h2 id="install-2">Install</h2>

        """)
    }

    @Test func theTitleIsTheFirstLevelOneHeading() {
        #expect(renderer.render("## Intro\n\n# Herald\n\n# Other").title == "Herald")
        #expect(renderer.render("## Only a subtitle").title == nil)
        #expect(renderer.render("#\n\n# Named").title == "Named")
        #expect(renderer.render("Text only").title == nil)
    }

    @Test func headingTextIncludesCodeSpansEmphasisLinksAndAltText() {
        let rendered = renderer.render("## Run `herald notes --since v1.0` *now* with [the **CLI**](cli.md) ![icon](i.png)")
        #expect(rendered.headings.first?.text == "Run herald notes --since v1.0 now with the CLI icon")
        #expect(rendered.headings.first?.id == "run-herald-notes-since-v10-now-with-the-cli-icon")
        #expect(rendered.html.hasPrefix(#"<h2 id="run-herald-notes-since-v10-now-with-the-cli-icon">Run <code>"#))
    }

    @Test func setextHeadingsAndLineBreaksInHeadings() {
        let rendered = renderer.render("Two\nlines\n===\n")
        #expect(rendered.headings == [Heading(level: 1, text: "Two lines", id: "two-lines")])
    }

    @Test func emptyHeadingsAreSections() {
        let rendered = renderer.render("#\n\n## ***\n\n## !!!\n")
        #expect(rendered.headings.map(\.id) == ["section", "section-1", "section-2"])
        #expect(rendered.html.hasPrefix(#"<h1 id="section"></h1>"#))
    }

    @Test func reservedIDsAreNeverHandedOut() {
        let rendered = MarkdownRenderer(reservedIDs: ["content", "search"]).render("# Content\n\n## Search\n\n## Content")
        #expect(rendered.headings.map(\.id) == ["content-1", "search-1", "content-2"])
    }

    @Test func unicodeHeadingsKeepTheirLetters() {
        let rendered = renderer.render("# Über Größe\n\n## 日本語 の 見出し\n\n## Ελληνικά\n\n## हिन्दी\n\n## Café ☕ 🎉")
        #expect(rendered.headings.map(\.id) == ["über-größe", "日本語-の-見出し", "ελληνικά", "हिन्दी", "café"])
    }

    @Test func headingTextThatLooksLikeHTMLIsEscapedNotTreatedAsATag() {
        let rendered = renderer.render("# A `<h2>` tag\n\n## &lt;h3&gt;\n\n```\n<h1>\n```\n")
        #expect(rendered.headings.map(\.id) == ["a-h2-tag", "h3"])
        #expect(rendered.html == """
        <h1 id="a-h2-tag">A <code>&lt;h2&gt;</code> tag</h1>
        <h2 id="h3">&lt;h3&gt;</h2>
        <pre><code>&lt;h1&gt;
        </code></pre>

        """)
    }

    @Test func headingsWithRawHTMLKeepOnlyTheirText() {
        let rendered = renderer.render("# Hello <b>world</b><img src=x onerror=alert(1)>")
        #expect(rendered.headings == [Heading(level: 1, text: "Hello world", id: "hello-world")])
        #expect(rendered.html == "<h1 id=\"hello-world\">Hello world</h1>\n")
    }
}
