/// Which level of a three-level product image tag changed between two tags.
public enum ProductTagChange: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The application version changed, such as `2.6.2` → `2.7.0`.
    case appVersion
    /// The same application was packaged again, such as `2.6.2-rev1` → `2.6.2-rev2`.
    case imageRevision
    /// The same revision was rebuilt, such as `2.6.2-rev1-b5.1` → `2.6.2-rev1-b5.2`; only the long tag changes.
    case rebuild
    /// Both tags name the same image.
    case none

    /// How notes describe the change, such as `new image revision`.
    public var description: String {
        switch self {
        case .appVersion: return "new app version"
        case .imageRevision: return "new image revision"
        case .rebuild: return "rebuild"
        case .none: return "no change"
        }
    }
}
