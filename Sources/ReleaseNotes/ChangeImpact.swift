import Changes
import Versioning

/// The largest version bump a set of changes calls for, and the change that drives it.
public struct ChangeImpact: Sendable, Equatable {
    /// The bump.
    public var bump: VersionBump
    /// Why, for example "#41 is breaking (Drop v1beta1)".
    public var driver: String

    /// An impact decided elsewhere, such as by pinned images.
    public init(bump: VersionBump, driver: String) {
        self.bump = bump
        self.driver = driver
    }

    /// Measures `changes`: any breaking change is major, else any feature or API change is minor, else patch.
    public init(changes: [Change]) {
        func name(_ change: Change) -> String {
            "\(change.reference) (\(change.title))"
        }
        if let breaking = changes.last(where: \.breaking) {
            bump = .major
            driver = "\(name(breaking)) is breaking"
        } else if let feature = changes.last(where: { $0.kind == .feature || $0.kind == .apiChange }) {
            bump = .minor
            driver = "\(name(feature)) is \(feature.kind == .feature ? "a feature" : "an API change")"
        } else {
            bump = .patch
            driver = changes.isEmpty ? "no changes since the base" : "no breaking change and no feature"
        }
    }
}
