import Changes

/// The groups a comparison reads in: what needs action first, then what is new, what is fixed, the rest.
public enum ComparisonGroup: Int, Sendable, CaseIterable, Comparable {
    case breaking, features, fixes, other, dependencies

    /// The group `change` is read in.
    public init(_ change: Change) {
        self.init(kind: change.kind, breaking: change.breaking)
    }

    /// The group of a change of `kind`, breaking or not.
    init(kind: ChangeKind, breaking: Bool) {
        if breaking {
            self = .breaking
            return
        }
        switch kind {
        case .feature, .apiChange: self = .features
        case .fix: self = .fixes
        case .dependency: self = .dependencies
        default: self = .other
        }
    }

    /// The group's heading.
    public var title: String {
        switch self {
        case .breaking: "Breaking changes and action required"
        case .features: "Features"
        case .fixes: "Bug fixes"
        case .other: "Other changes"
        case .dependencies: "Dependency updates"
        }
    }

    public static func < (left: ComparisonGroup, right: ComparisonGroup) -> Bool { left.rawValue < right.rawValue }
}
