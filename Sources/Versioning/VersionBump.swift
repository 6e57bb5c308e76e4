/// How far a release moves the version.
public enum VersionBump: Int, Sendable, Comparable, CustomStringConvertible {
    /// Fixes only.
    case patch
    /// New features, nothing breaking.
    case minor
    /// Something breaking.
    case major

    /// SemVer 2.0.0 precedence.
    public static func < (lhs: VersionBump, rhs: VersionBump) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The value as one line of text.
    public var description: String {
        switch self {
        case .patch: return "patch"
        case .minor: return "minor"
        case .major: return "major"
        }
    }

    /// The bump that really happens to `version`: before 1.0.0 each bump moves one level down.
    public func effective(on version: SemanticVersion) -> VersionBump {
        version.major == 0 ? (self == .major ? .minor : .patch) : self
    }

    /// The bump applied to `version`, after `effective(on:)`.
    public func applied(to version: SemanticVersion) -> SemanticVersion {
        switch effective(on: version) {
        case .major: return SemanticVersion(version.major + 1, 0, 0)
        case .minor: return SemanticVersion(version.major, version.minor + 1, 0)
        case .patch: return SemanticVersion(version.major, version.minor, version.patch + 1)
        }
    }
}
