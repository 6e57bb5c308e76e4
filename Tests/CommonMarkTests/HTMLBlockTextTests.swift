import Testing
@testable import CommonMark

@Suite struct HTMLBlockTextTests {
    private func visible(_ html: String) -> String {
        html.withCString { HTMLBlockText.text(of: $0).string }
    }

    @Test(arguments: [
        ("<div align=\"center\">\n  Built with care\n</div>", "Built with care"),
        ("<p>a</p><p>b</p>", "a b"),
        ("<!-- hidden --> shown <!-- also hidden", "shown"),
        ("<script type=\"x\">alert('<p>')</script>after", "after"),
        ("<STYLE>p { color: red }</Style>text", "text"),
        ("<img src=x onerror=alert(1)>", ""),
        ("<a title=\"a > b\" href=\"x\">link</a>", "link"),
        ("&amp; &lt;tag&gt; &quot;q&quot; &#65;&#x42; &nbsp; &copy; &bogus", "& <tag> \"q\" AB &copy; &bogus"),
        ("&#0; &#xD800;", "\u{FFFD} \u{FFFD}"),
        ("1 < 2 and <3", "1 < 2 and <3"),
        ("<?php echo 1 ?>text<!DOCTYPE html><![CDATA[x]]>", "text"),
        ("<unclosed attr=\"", ""),
    ])
    func visibleText(_ html: String, _ expected: String) {
        #expect(visible(html) == expected)
    }

    @Test func manyUnterminatedReferencesStayLinear() {
        let html = "<div>" + String(repeating: "& ", count: 200_000)
        #expect(visible(html).count == 399_999)
    }
}
