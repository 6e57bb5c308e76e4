import Testing
@testable import HeraldCLI
import HeraldSupport

/// Standard output keeps line breaks and tabs and shows every other control character as JSON's escape, scalar for
/// scalar as a plain walk over the text would, whatever other characters surround them.
@Suite struct TerminalTextTests {
    /// The rule read off scalars one by one: what `TerminalText.data` must give, however it gets there.
    static func byScalars(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            let kept = scalar == "\n" || scalar == "\t" || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n")
            if !kept && ControlCharacters.contains(scalar) {
                result += ControlCharacters.escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test(arguments: [
        "plain text\nwith\ttabs\r\n",
        "Zoë · A°B «quoted» \u{A0}space",
        "bell\u{07} escape\u{1B}[2J del\u{7F} nul\u{00}",
        "c1 \u{80}\u{85}\u{9B}31m\u{9F} but not \u{A0}\u{BF}\u{C0}",
        "lone \r in the middle, \r\r\n, and at the end \r",
        "mixed ünïcödé 日本語 😀\u{1B} \u{0085}\u{2028}",
        "\u{9B}",
        "",
    ])
    func escapesAsAScalarWalkDoes(text: String) {
        #expect(TerminalText.data(text) == Self.byScalars(text))
    }

    @Test func textWithoutControlsComesBackAsIs() {
        let text = "Zoë · A°B\n\tline two\r\n"
        #expect(TerminalText.data(text) == text)
        #expect(TerminalText.data("a\u{85}b") == "a\\u0085b")
        #expect(TerminalText.data("\u{1B}[31m\r") == "\\u001B[31m\\u000D")
    }
}
