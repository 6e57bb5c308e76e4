import Foundation
import Changes

/// The invisible marker that ties a draft entry to its change: `<!-- herald #12 -->`.
///
/// An HTML comment renders as nothing on GitHub and in the site, survives rewording and moving
/// the entry, and is all regeneration needs to tell edited entries from new ones.
public enum DraftMarker {
    /// The key of a change: `#12`, or the short commit of a direct commit.
    public static func key(for change: Change) -> String {
        change.pullRequest.map { "#\($0)" } ?? String(change.commit.prefix(12))
    }

    /// The marker text for `key`.
    public static func comment(for key: String) -> String {
        "<!-- herald \(key) -->"
    }

    /// The key of the first marker in `line`, if it has one.
    public static func key(in line: Substring) -> String? {
        guard let open = line.range(of: "<!-- herald ") else { return nil }
        let rest = line[open.upperBound...]
        guard let close = rest.range(of: " -->") else { return nil }
        let key = rest[..<close.lowerBound]
        return key.isEmpty || key.contains(" ") ? nil : String(key)
    }
}
