import Dependencies

/// How many dependencies a release added, changed and removed since its base: what `herald releases` shows of a
/// `DependencyDiff`.
public struct DependencyCounts: Sendable, Equatable, Encodable {
    /// Modules added.
    public var added: Int
    /// Modules whose version changed.
    public var changed: Int
    /// Modules removed.
    public var removed: Int

    /// The counts of `diff`.
    public init(_ diff: DependencyDiff) {
        added = diff.added.count
        changed = diff.changed.count
        removed = diff.removed.count
    }

    /// `3 added, 80 changed`: the non-zero counts, or empty when nothing changed.
    public var summary: String {
        [(added, "added"), (changed, "changed"), (removed, "removed")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}
