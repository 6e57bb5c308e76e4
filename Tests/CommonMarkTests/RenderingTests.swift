import Testing
@testable import CommonMark

@Suite struct RenderingTests {
    /// The rendered HTML with the heading ids taken out again, in one pass.
    private func withoutIDs(_ rendered: RenderedMarkdown) -> String {
        var html = Substring(rendered.html)
        var result = ""
        for heading in rendered.headings {
            let attribute = #" id="\#(heading.id)""#
            guard let range = html.firstRange(of: attribute) else { return rendered.html }
            result += html[..<range.lowerBound]
            html = html[range.upperBound...]
        }
        return result + html
    }

    @Test(arguments: [
        "",
        "Just a line.",
        "# Title\n\nSome *emphasis*, **strong** and `code`.\n\n## Next\n\n- one\n- two\n\n1. first\n2. second\n",
        "> quoted\n> text\n\n---\n\n```swift\nlet x = 1 < 2 && true\n```\n\n    indented code\n",
        "Links: [site](https://example.com \"Title & more\"), <https://example.com/a?b=1&c=2>, <someone@example.com>.\n",
        "![logo](images/logo.png \"The logo\") and a hard  \nbreak, a\\\nbackslash break.\n",
        "Setext heading\n==============\n\nAnother\n-------\n\n###### Six\n",
        "Escapes: \\*not emphasis\\*, &amp; &copy; &#35; < > \" '\n",
    ])
    func plainDocumentsMatchLibcmark(_ markdown: String) {
        let rendered = MarkdownRenderer().render(markdown)
        #expect(withoutIDs(rendered) == MarkdownRenderer.plainHTML(markdown))
    }

    @Test func plainHTMLIsLibcmarksOwnOutput() {
        #expect(MarkdownRenderer.plainHTML("# Hi\n\n*x*") == "<h1>Hi</h1>\n<p><em>x</em></p>\n")
        // The floor keeps libcmark's own safe mode, placeholder comment included.
        #expect(MarkdownRenderer.plainHTML("<b>x</b>") == "<p><!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n")
    }

    @Test func textIsEveryLiteralWithWhiteSpaceCollapsed() {
        let markdown = """
        # Release   notes

        Fixed a **crash**  in `herald  notes`
        when the base was missing.

        - one
        - two

        ```
        let   x = 1
        ```

        ![the  logo](logo.png) [a link](https://example.com)
        """
        let text = MarkdownRenderer().render(markdown).text
        #expect(text == "Release notes Fixed a crash in herald notes when the base was missing. one two let x = 1 the logo a link")
    }

    @Test func textLeavesOutRawHTMLButKeepsTheWordsAroundIt() {
        let rendered = MarkdownRenderer().render("Before <span class=\"x\">inside</span> after.\n\n<!-- a comment -->\n")
        #expect(rendered.text == "Before inside after.")
        #expect(!rendered.text.contains("span"))
        #expect(!rendered.text.contains("comment"))
    }

    @Test func emptyAndWhiteSpaceDocumentsRenderNothing() {
        for markdown in ["", "   ", "\n\n\n"] {
            #expect(MarkdownRenderer().render(markdown) == RenderedMarkdown(html: "", headings: [], title: nil, text: ""))
        }
    }

    @Test func nulBytesAndRepairedUTF8DoNotCrash() {
        let invalid = String(decoding: [0x23, 0x20, 0xFF, 0xFE, 0x41, 0x0A, 0xC3, 0x28, 0x5B, 0x78, 0x5D] as [UInt8], as: UTF8.self)
        for markdown in ["a\0b", "\0", "# \0\n\n[x](\0javascript:alert(1))", invalid, "\u{FFFD}\u{0}\u{1}\u{7F}"] {
            let rendered = MarkdownRenderer().render(markdown)
            #expect(!rendered.html.contains("\0"))
            #expect(!rendered.html.contains("href=\"javascript"))
            _ = MarkdownRenderer.plainHTML(markdown)
        }
        // libcmark reads past a NUL, as it is given a length, and writes U+FFFD for it.
        #expect(MarkdownRenderer().render("a\0b").html == "<p>a\u{FFFD}b</p>\n")
    }

    @Test func aLargeDocumentRenders() {
        var markdown = ""
        var index = 0
        while markdown.utf8.count < 1_048_576 {
            markdown += "## Change \(index)\n\nFixed *thing* \(index) in `module` ([#\(index)](https://example.com/pull/\(index))).\n\n"
            index += 1
        }
        let rendered = MarkdownRenderer().render(markdown)
        #expect(rendered.headings.count == index)
        #expect(rendered.headings.last?.id == "change-\(index - 1)")
        #expect(rendered.html.contains(#"<h2 id="change-0">Change 0</h2>"#))
        #expect(withoutIDs(rendered) == MarkdownRenderer.plainHTML(markdown))
    }

    @Test func deeplyNestedInputRenders() {
        let markdown = String(repeating: "> ", count: 2_000) + "deep" + "\n\n" + String(repeating: "*a ", count: 5_000)
        #expect(MarkdownRenderer().render(markdown).text.contains("deep"))
    }

    @Test func renderingIsDeterministic() {
        let markdown = "# A\n\n## B\n\n## B\n\n[x](y.md)\n"
        #expect(MarkdownRenderer().render(markdown) == MarkdownRenderer().render(markdown))
    }
}
