import HeraldSupport

/// Text made safe for a terminal or a CI log: control characters shown as `\u001B` instead of acting.
///
/// The form is JSON's own escape, so JSON output stays valid and means the same after escaping.
///
/// Titles, file names and server answers are untrusted; printed raw, an escape sequence could rewrite
/// the screen and a newline could start a GitHub Actions workflow command such as `::add-mask::`.
enum TerminalText {
    /// `line` as one line: every control character escaped, newlines and tabs included, and the
    /// bidirectional overrides that make text read differently from what it is.
    static func line(_ line: String) -> String {
        ControlCharacters.escaping(line) { scalar in
            ControlCharacters.contains(scalar) || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029
        }
    }

    /// `text` for stdout: line breaks (`\n`, `\r\n`) and tabs kept, every other control character escaped.
    static func data(_ text: String) -> String {
        // Most output has no control character at all; scanning bytes first keeps megabytes uncopied.
        guard needsEscaping(text) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let keep = scalar == "\n" || scalar == "\t" || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n")
            if !keep && ControlCharacters.contains(scalar) {
                result.append(contentsOf: ControlCharacters.escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` may hold a control character other than a line feed or tab: a C0 byte, DEL, or the lead
    /// byte (C2) of the C1 controls. A plain loop over the bytes, since a changelog can be megabytes.
    static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var found = false
            for byte in bytes where (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || byte == 0xC2 {
                found = true
                break
            }
            return found
        }
    }

}
