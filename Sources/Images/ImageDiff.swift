import Versioning

/// What changed between the images a base release pinned and those pinned now, compared by image name.
public struct ImageDiff: Sendable, Hashable, Codable {
    /// References whose image name the base did not pin, ordered by name.
    public let added: [ImageReference]
    /// References whose image name is no longer pinned, ordered by name.
    public let removed: [ImageReference]
    /// Images pinned in both with a different tag or digest, ordered by name.
    public let changed: [ImageChange]

    /// Compares the images pinned at the base with those pinned now; where and how often each is pinned does not matter.
    /// Under `scheme` `.product`, tags order by product level and each change says which level moved.
    public init(base: [PinnedImage], current: [PinnedImage], scheme: ImageTagScheme = .semver) {
        self.init(base: base.map(\.reference), current: current.map(\.reference), scheme: scheme)
    }

    /// Compares two lists of references by image name; unchanged images are omitted.
    ///
    /// When one name is pinned at several versions, the versions that went away are paired in order with
    /// those that arrived; any left over are removed or added.
    public init(base: [ImageReference], current: [ImageReference], scheme: ImageTagScheme = .semver) {
        let order = { (left: ImageReference, right: ImageReference) in
            scheme.precedes(left.tag, right.tag) ?? Self.versionOrder(left, right)
        }
        let before = Dictionary(grouping: Set(base), by: \.name)
        let after = Dictionary(grouping: Set(current), by: \.name)
        var added: [ImageReference] = []
        var removed: [ImageReference] = []
        var changed: [ImageChange] = []
        for name in Set(before.keys).union(after.keys).sorted() {
            let old = Set(before[name] ?? [])
            let new = Set(after[name] ?? [])
            let gone = old.subtracting(new).sorted(by: order)
            let arrived = new.subtracting(old).sorted(by: order)
            for (from, to) in zip(gone, arrived) {
                changed.append(ImageChange(name: name, from: from, to: to, level: scheme.level(from: from.tag, to: to.tag)))
            }
            removed += gone.dropFirst(arrived.count)
            added += arrived.dropFirst(gone.count)
        }
        self.added = added
        self.removed = removed
        self.changed = changed
    }

    /// This diff with each change as `transform` makes it (to add what the changed image's upstream released).
    public func mapChanges(_ transform: (ImageChange) -> ImageChange) -> ImageDiff {
        ImageDiff(added: added, removed: removed, changed: changed.map(transform))
    }

    private init(added: [ImageReference], removed: [ImageReference], changed: [ImageChange]) {
        self.added = added
        self.removed = removed
        self.changed = changed
    }

    /// Whether nothing was added, removed or changed.
    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && changed.isEmpty
    }

    /// One line per difference in name order, such as `csi-provisioner v5.0.1 → v5.1.0` or `csi-resizer v1.4.0 (added)`.
    public var summaries: [String] { summaries { _ in true } }

    /// `summaries` of the images whose name `included` accepts.
    public func summaries(where included: (String) -> Bool) -> [String] {
        let lines = changed.filter { included($0.name) }.map { ($0.name, $0.summary) }
            + added.filter { included($0.name) }.map { ($0.name, "\($0.shortName) \($0.versionLabel) (added)") }
            + removed.filter { included($0.name) }.map { ($0.name, "\($0.shortName) \($0.versionLabel) (removed)") }
        return lines.enumerated()
            .sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
            .map(\.element.1)
    }

    /// Lower versions first when both tags are versions, else by text, so pairing and output are deterministic.
    static func versionOrder(_ left: ImageReference, _ right: ImageReference) -> Bool {
        let leftVersion = left.tag.flatMap(SemanticVersion.init(parsing:))
        let rightVersion = right.tag.flatMap(SemanticVersion.init(parsing:))
        if let leftVersion, let rightVersion, leftVersion != rightVersion {
            return leftVersion < rightVersion
        }
        return left.description < right.description
    }
}
