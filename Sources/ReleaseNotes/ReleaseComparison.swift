import Changes
import Dependencies
import Images
import Versioning

/// What changes for someone who moves from one release of a component to another: the changes of every release
/// on the newer one's base chain that the older one's chain lacks, without what the older one already shipped
/// through cherry-picks, each with the release it arrived in.
///
/// The base chain (a release, its base, its base's base, …) is the release's history as Herald read it, so the
/// comparison is right both on projects with release branches (v6.0.1 → v6.3.0 goes through v6.1.0 and v6.2.0,
/// not v6.0.2) and on projects that tag every release on one branch.
public struct ReleaseComparison: Sendable {
    /// One change as a comparison lists it.
    ///
    /// It holds its release by reference: a comparison of many releases lists hundreds of thousands of entries, and
    /// copying a change and a document into each cost more than the rest of the comparison.
    public struct Entry: Sendable {
        /// The release it arrived in, shared by the entries of that release.
        private let shared: SharedDocument
        /// The change's place in the release's `changes`, which tells two changes of one commit apart.
        public let position: Int

        /// The entry of the change at `position` of `shared`'s document.
        init(_ shared: SharedDocument, position: Int) {
            self.shared = shared
            self.position = position
        }

        /// The change.
        public var change: Change { shared.document.changes[position] }
        /// The release it arrived in.
        public var release: NotesDocument { shared.document }
        /// The tag the release's range ends at.
        public var releaseTag: String { shared.document.range.to }
        /// The group the change is read in, without copying the change.
        public var group: ComparisonGroup {
            ComparisonGroup(kind: shared.document.changes[position].kind, breaking: shared.document.changes[position].breaking)
        }
        /// The change's commit.
        public var commit: String { shared.document.changes[position].commit }
    }

    /// The release moved from.
    public let older: NotesDocument
    /// The release moved to.
    public let newer: NotesDocument
    /// What the move brings, in reading order: breaking and action required, features, fixes, then the rest;
    /// within a group, oldest release first.
    public let arrived: [Entry]
    /// Changes the older release has that the newer one lacks, such as a fix shipped on an older line after the
    /// newer release was tagged.
    public let onlyInOlder: [Entry]
    /// Changes of the releases the move goes through that are left out because the older release already
    /// shipped them, most often as a cherry-pick on its own line.
    public let alreadyShipped: [Entry]
    /// The dependency changes of the move, as one diff; nil when no release of the move read dependencies.
    public let dependencies: DependencyDiff?
    /// The pinned third-party images that differ between the two releases.
    public let images: ImageDiff

    /// Compares `older` with `newer`, both among `releases` (one component's, any order).
    public init(older: NotesDocument, newer: NotesDocument, releases: [NotesDocument]) {
        self.init(older: older, newer: newer, history: ReleaseHistory(releases))
    }

    /// Compares `older` with `newer` within one component's `history`.
    public init(older: NotesDocument, newer: NotesDocument, history: ReleaseHistory) {
        self.older = older
        self.newer = newer
        let moved = Array(history.chain(from: newer, notOnChainOf: older).reversed())
        let lacking = Array(history.chain(from: older, notOnChainOf: newer).reversed())
        // Releases both chains share cannot hold what the move brings, except a change they carried as a
        // cherry-pick before its original arrived; "where it shipped" says so through the versions.
        let olderHolds = { history.chain(of: older, holds: $0) }
        let newerHolds = { history.chain(of: newer, holds: $0) }
        func compare<Name: Hashable>(_ movedNames: [[[Name]]], _ lackingNames: [[[Name]]]) -> (move: (kept: [Entry], left: [Entry]), only: [Entry]) {
            (Self.entries(of: moved, names: movedNames, excluding: lackingNames, wasShipped: olderHolds),
             Self.entries(of: lacking, names: lackingNames, excluding: movedNames, wasShipped: newerHolds).kept)
        }
        let (move, only) = if let movedNames = history.names(of: moved), let lackingNames = history.names(of: lacking) {
            compare(movedNames, lackingNames)
        } else {
            compare(moved.map { $0.changes.map(ChangeIdentity.keys(of:)) }, lacking.map { $0.changes.map(ChangeIdentity.keys(of:)) })
        }
        arrived = Self.ordered(move.kept)
        alreadyShipped = move.left
        onlyInOlder = Self.ordered(only)
        let diffs = moved.compactMap(\.dependencies)
        dependencies = diffs.isEmpty ? nil : DependencyDiff.combined(diffs, manifest: GoModFile.self)
        let own = Set(older.ownImages + newer.ownImages)
        images = ImageDiff(
            base: older.images.map(\.reference).filter { !own.contains($0.name) },
            current: newer.images.map(\.reference).filter { !own.contains($0.name) }
        )
    }

    /// The changes of `releases` (oldest first), each once, leaving out those `shipped` carries under any of their
    /// names and those shipped in a version `wasShipped` accepts; and those left out so (a change listed twice on the
    /// way is kept once, and not counted as left out). `names` and `shipped` give each change's names, release by
    /// release and change by change.
    static func entries<Name: Hashable>(
        of releases: [NotesDocument], names: [[[Name]]], excluding shipped: [[[Name]]], wasShipped: (SemanticVersion) -> Bool
    ) -> (kept: [Entry], left: [Entry]) {
        var shippedNames: Set<Name> = []
        for release in shipped { for change in release { shippedNames.formUnion(change) } }
        var seen: Set<Name> = []
        var kept: [Entry] = []
        var left: [Entry] = []
        for (release, names) in zip(releases, names) {
            let shared = SharedDocument(release)
            for (position, (change, keys)) in zip(release.changes, names).enumerated() {
                if keys.contains(where: shippedNames.contains) || change.shippedIn.contains(where: wasShipped) {
                    left.append(Entry(shared, position: position))
                    continue
                }
                if keys.contains(where: seen.contains) { continue }
                seen.formUnion(keys)
                kept.append(Entry(shared, position: position))
            }
        }
        return (kept, left)
    }

    /// `entries` grouped for reading (`ComparisonGroup`), each group keeping the order it had.
    static func ordered(_ entries: [Entry]) -> [Entry] {
        var groups = Array(repeating: [Entry](), count: ComparisonGroup.allCases.count)
        for entry in entries { groups[entry.group.rawValue].append(entry) }
        return groups.flatMap { $0 }
    }
}
