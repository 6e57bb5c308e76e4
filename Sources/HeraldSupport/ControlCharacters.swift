/// Control characters in untrusted text, and their visible form `\u001B` (JSON's own escape, so JSON that
/// holds them stays valid and means the same).
package enum ControlCharacters {
    /// C0 controls, DEL and the C1 controls (which some terminals obey as escape sequences).
    package static func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The visible form of one scalar: `\u001B`.
    package static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with each scalar that `shouldEscape` picks in its visible form; `text` itself when there is none.
    package static func escaping(_ text: String, where shouldEscape: (Unicode.Scalar) -> Bool = contains) -> String {
        guard text.unicodeScalars.contains(where: shouldEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if shouldEscape(scalar) { result += escape(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
