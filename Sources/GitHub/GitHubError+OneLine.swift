import Foundation

extension GitHubError {
    /// `text` without `secret` (compared case-insensitively), control characters as spaces, at most `limit` characters.
    static func oneLine(_ text: String, redacting secret: String?, limit: Int) -> String {
        var text = text
        // Redaction comes before cutting, so a token cut in half at the limit cannot survive.
        if let secret, !secret.isEmpty {
            text = text.replacingOccurrences(of: secret, with: "[redacted]", options: [.caseInsensitive, .literal])
        }
        let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
            CharacterSet.controlCharacters.contains(scalar) || CharacterSet.newlines.contains(scalar) ? " " : scalar
        }
        text = String(String.UnicodeScalarView(scalars))
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }
}
