/// The fixed vocabulary of change kinds; `breaking` is a separate flag.
public enum ChangeKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// New behaviour users can use.
    case feature
    /// A change to an API others program against (Kubernetes' `kind/api-change`).
    case apiChange = "api-change"
    /// A bug fixed.
    case fix
    /// Something announced for removal.
    case deprecation
    /// Documentation only.
    case documentation
    /// A design proposal or its record (Kubernetes' `kind/design`).
    case design
    /// A dependency or vendored code updated.
    case dependency
    /// Faster or leaner, same behaviour.
    case performance
    /// A failing or flaky test fixed (Kubernetes' `kind/failing-test`).
    case failingTest = "failing-test"
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
        case "feature": self = .feature
        case "api-change": self = .apiChange
        case "bug", "regression": self = .fix
        case "cleanup", "flake": self = .cleanup
        case "failing-test": self = .failingTest
        case "design": self = .design
        case "deprecation": self = .deprecation
        case "documentation", "docs": self = .documentation
        default: return nil
        }
    }
}
