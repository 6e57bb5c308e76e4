import Images
import Versioning

/// The largest version bump among the images a combined release pins, such as a deployment pinning sidecars.
public struct PinnedImageImpact: Sendable, Equatable {
    /// The bump.
    public var bump: VersionBump
    /// Why, for example "csi-provisioner v4.0.1 → v5.0.0 is a major update".
    public var driver: String

    /// Measures `changes`, leaving out the component's own images (`ownNames`); nil when no pinned version moved up.
    public init?(changes: ImageDiff, ownNames: [String]) {
        var best: (VersionBump, String)?
        for change in changes.changed where !ownNames.contains(change.name) {
            let bump: VersionBump
            switch change.level {
            case .some(.imageRevision), .some(.rebuild):
                // The same application packaged or built again: at most a patch for the release that pins it.
                bump = .patch
            case .some(.none):
                continue
            default:
                // Product tags compare by their app version; other tags are versions as they stand.
                let read = { (tag: String?) in change.level == .appVersion ? tag.flatMap(ProductTag.init(parsing:))?.appVersion : tag.flatMap(Self.version) }
                guard let old = read(change.from.tag), let new = read(change.to.tag), old < new else { continue }
                bump = new.major != old.major ? .major : (new.minor != old.minor ? .minor : .patch)
            }
            if best.map({ bump > $0.0 }) ?? true {
                best = (bump, "\(change.summary) is a \(bump) update")
            }
        }
        guard let best else { return nil }
        bump = best.0
        driver = best.1
    }

    /// An image tag read as a version, with or without its `v`.
    static func version(_ tag: String) -> SemanticVersion? {
        SemanticVersion(parsing: tag)
    }
}
