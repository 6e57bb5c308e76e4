/// The fixed vocabulary of change kinds; `breaking` is a separate flag.
public enum ChangeKind: String, Sendable, Codable, CaseIterable, Comparable {
    case feature
    case fix
    case deprecation
    case documentation
    case dependency
    case performance
    case cleanup
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
