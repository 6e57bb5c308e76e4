/// The fixed vocabulary of change kinds; `breaking` is a separate flag.
public enum ChangeKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// New behaviour users can use.
    case feature
    /// A bug fixed.
    case fix
    /// Something announced for removal.
    case deprecation
    /// Documentation only.
    case documentation
    /// A dependency or vendored code updated.
    case dependency
    /// Faster or leaner, same behaviour.
    case performance
    /// Refactoring, tests, CI and build changes.
    case cleanup
    /// Anything no source classified; still listed.
    case other

    /// Section order in notes: what users act on first.
    public static func < (lhs: ChangeKind, rhs: ChangeKind) -> Bool {
        lhs.order < rhs.order
    }

    /// The position in `allCases`.
    var order: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

    /// The kind a Kubernetes `kind/…` label or `/kind …` line names, if it names one.
    public init?(kubernetesKind name: String) {
        switch name.lowercased() {
        case "feature", "api-change": self = .feature
        case "bug", "regression": self = .fix
        case "cleanup", "flake", "failing-test": self = .cleanup
        case "deprecation": self = .deprecation
        case "documentation", "docs": self = .documentation
        default: return nil
        }
    }
}
