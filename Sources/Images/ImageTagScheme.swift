/// How a component's pinned image tags are read: as SemVer versions, or as three-level product tags
/// (`<app>-rev<N>-b<build>`) whose changes say which level moved.
public enum ImageTagScheme: String, Sendable, Hashable, Codable, CaseIterable {
    /// `v1.2.3`: versions ordered by SemVer.
    case semver
    /// `2.6.2`, `2.6.2-rev1`, `2.6.2-rev1-b5.1`: app version, image revision, build (the CaaSP image tag scheme).
    case product

    /// The level that moved between two tags under this scheme; nil for SemVer or when either is no product tag.
    public func level(from old: String?, to new: String?) -> ProductTagChange? {
        guard self == .product, let old = old.flatMap(ProductTag.init(parsing:)), let new = new.flatMap(ProductTag.init(parsing:)) else { return nil }
        return ProductTag.level(from: old, to: new)
    }

    /// Whether `left` comes before `right` under this scheme, when both are tags it reads; nil when it reads neither pair.
    public func precedes(_ left: String?, _ right: String?) -> Bool? {
        guard self == .product, let left = left.flatMap(ProductTag.init(parsing:)), let right = right.flatMap(ProductTag.init(parsing:)),
              left != right else { return nil }
        return left < right
    }
}
