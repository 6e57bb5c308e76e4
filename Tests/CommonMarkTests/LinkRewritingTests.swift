import Testing
@testable import CommonMark

/// The destinations a rewriter was called with, in order.
private final class Calls: @unchecked Sendable {
    private var recorded: [String] = []
    func record(_ destination: String) { recorded.append(destination) }
    var destinations: [String] { recorded }
}

@Suite struct LinkRewritingTests {
    /// `.md` pages become `.html`, the anchor kept.
    private static let pages = MarkdownRenderer(rewriteLink: { destination in
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = parts.first, path.hasSuffix(".md"), !destination.contains("://") else { return destination }
        let anchor = parts.count > 1 ? "#" + parts[1] : ""
        return path.dropLast(3) + ".html" + anchor
    })

    @Test func theRewriterSeesEveryLinkAndImageDestinationInOrder() {
        let calls = Calls()
        let renderer = MarkdownRenderer(rewriteLink: { calls.record($0); return $0 })
        let markdown = "[a](one.md) ![b](two.png) <https://three.example> [c][ref] [d](javascript:alert(1))\n\n[ref]: four.md#x\n"
        _ = renderer.render(markdown)
        #expect(calls.destinations == ["one.md", "two.png", "https://three.example", "four.md#x", "javascript:alert(1)"])
    }

    @Test func theRewrittenDestinationIsUsed() {
        let html = Self.pages.render("See [the guide](guide.md#install) and [notes](notes/v1.md) or [site](https://example.com/a.md).").html
        #expect(html.contains(#"<a href="guide.html#install">the guide</a>"#))
        #expect(html.contains(#"<a href="notes/v1.html">notes</a>"#))
        #expect(html.contains(#"<a href="https://example.com/a.md">site</a>"#))
    }

    @Test func imagesAreRewrittenToo() {
        let renderer = MarkdownRenderer(rewriteLink: { "../" + $0 })
        #expect(renderer.render("![logo](logo.png)").html == "<p><img src=\"../logo.png\" alt=\"logo\" /></p>\n")
    }

    @Test func nilRemovesTheLinkButKeepsItsText() {
        let renderer = MarkdownRenderer(rewriteLink: { $0.hasPrefix("internal/") ? nil : $0 })
        let rendered = renderer.render("Read [the *secret* doc](internal/doc.md) or [this](public.md).")
        #expect(rendered.html == "<p>Read the <em>secret</em> doc or <a href=\"public.md\">this</a>.</p>\n")
        #expect(rendered.text == "Read the secret doc or this.")
    }

    @Test func nilTurnsAnImageIntoItsAltText() {
        let renderer = MarkdownRenderer(rewriteLink: { _ in nil })
        #expect(renderer.render("An ![inline *diagram*](d.png) here.").html == "<p>An inline diagram here.</p>\n")
        #expect(renderer.render("![](empty.png)").html == "<p></p>\n")
    }

    @Test func aRewrittenDestinationIsCheckedForSafetyToo() {
        let renderer = MarkdownRenderer(rewriteLink: { _ in " JavaScript:alert(1)" })
        #expect(renderer.render("[x](safe.html) ![y](safe.png)").html == "<p>x y</p>\n")
    }

    @Test func aRewriterCannotMakeAnUnsafeDestinationSafeByLeavingItAlone() {
        let renderer = MarkdownRenderer(rewriteLink: { $0 })
        #expect(renderer.render("[x](javascript:alert(1))").html == "<p>x</p>\n")
    }

    @Test func aRewrittenDestinationIsEscapedByLibcmark() {
        let renderer = MarkdownRenderer(rewriteLink: { _ in "a\"><script>alert(1)</script>" })
        let html = renderer.render("[x](y)").html
        #expect(!html.contains("<script"))
        #expect(html.contains("<a href=\"a%22%3E%3Cscript%3Ealert(1)%3C/script%3E\">x</a>"))
    }
}
