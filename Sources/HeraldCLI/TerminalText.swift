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
        var text = text
        return text.withUTF8 { bytes in
            // On bytes, not scalars: a changelog is megabytes, and a name such as "Zoë" or "A·B" sends it here.
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 64)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let next = index + 1 < bytes.count ? bytes[index + 1] : nil
                // Valid UTF-8: a byte below 0x80 is a whole scalar, and C2 80 to C2 9F are the C1 controls.
                if byte == 0xC2, let next, (0x80...0x9F).contains(next) {
                    result.append(contentsOf: ControlCharacters.escape(Unicode.Scalar(next)).utf8)
                    index += 2
                    continue
                }
                let kept = byte == 0x0A || byte == 0x09 || (byte == 0x0D && next == 0x0A)
                if (byte < 0x20 || byte == 0x7F) && !kept {
                    result.append(contentsOf: ControlCharacters.escape(Unicode.Scalar(byte)).utf8)
                } else {
                    result.append(byte)
                }
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
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
