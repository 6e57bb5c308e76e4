import Changes
import HeraldSupport

/// A section that takes changes by what they do rather than by kind: Keep a Changelog's Removed and Security.
public enum SectionClaim: String, Sendable, Equatable {
    /// Changes whose title starts by removing something (`Remove …`, `Drop …`, `Delete …`).
    case removal
    /// Changes that fix a vulnerability: a CVE or GHSA identifier, or the word security, in the title or note.
    case security

    /// Whether `change` belongs to a section with this claim.
    public func claims(_ change: Change) -> Bool {
        switch self {
        case .removal:
            let first = change.title.prefix { $0.isLetter }.lowercased()
            return Self.removalVerbs.contains(first)
        case .security:
            return [change.title, change.note ?? ""].contains { text in
                text.containsText("CVE-") || text.containsText("GHSA-") || text.lowercased().containsText("security")
                    || text.lowercased().containsText("vulnerab")
            }
        }
    }

    /// Verbs that open a removal's title.
    static let removalVerbs: Set<String> = ["remove", "removed", "removes", "drop", "dropped", "drops", "delete", "deleted", "deletes"]
}
