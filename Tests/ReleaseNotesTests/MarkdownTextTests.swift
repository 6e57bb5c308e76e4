import Testing
import ReleaseNotes

/// Plain text placed in Markdown keeps reading as written.
@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)>"),
        ("Fix `Vec<T>` parsing", "Fix `Vec<T>` parsing"),
        ("Fix ``a ` <b>`` and <i>", "Fix ``a ` <b>`` and \\<i>"),
        ("Unclosed ` then <b>", "Unclosed ` then \\<b>"),
        ("Already \\<escaped>", "Already \\<escaped>"),
        ("No markup at all", "No markup at all"),
        ("See <https://example.com/kep>", "See <https://example.com/kep>"),
        ("Mail <me@example.com>", "Mail \\<me@example.com>"),
        ("\\\\<b onmouseover=x>", "\\\\\\<b onmouseover=x>"),
        ("Fix \u{1B}[31mred\u{1B}[0m \u{07}", "Fix [31mred[0m "),
        ("Fix ![x](https://evil.example/p.png) bug", "Fix \\![x](https://evil.example/p.png) bug"),
        ("Wow! [link](https://example.com) and `![code]`", "Wow! [link](https://example.com) and `![code]`"),
        ("Already \\![escaped]", "Already \\![escaped]"),
    ])
    func lessThanIsEscapedOutsideCodeSpans(_ text: String, _ expected: String) {
        #expect(MarkdownText.escapingHTML(text) == expected)
    }
}
