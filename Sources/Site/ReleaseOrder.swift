import ReleaseNotes
import Versioning

/// One component's releases in version order, worked out once so that every page finds its neighbours, its
/// base and its comparisons by key rather than by scanning all releases.
struct ReleaseOrder: Sendable {
    /// How many older minor lines the latest release of a line is compared with.
    static let olderLines = 3

    /// The releases with a version, lowest first; one minor line's releases sit together.
    private let ascending: [NotesDocument]
    /// Each release's place in `ascending`, by tag.
    private let position: [String: Int]
    /// The latest release of each line (stable preferred), by line, and the lines in order.
    private let latestOfLine: [Line: NotesDocument]
    private let lines: [Line]
    /// The highest stable release.
    let latestStable: NotesDocument?

    /// Reads one component's releases, in any order.
    init(_ releases: [NotesDocument]) {
        ascending = releases.compactMap { release in release.version.map { (release, $0) } }.sorted { $0.1 < $1.1 }.map(\.0)
        position = Dictionary(ascending.enumerated().map { ($1.range.to, $0) }, uniquingKeysWith: { first, _ in first })
        var latest: [Line: NotesDocument] = [:]
        for release in ascending {
            guard let version = release.version else { continue }
            // Ascending order: a later one wins unless it is a pre-release and a stable one is kept.
            if let kept = latest[Line(version)]?.version, !kept.isPrerelease, version.isPrerelease { continue }
            latest[Line(version)] = release
        }
        latestOfLine = latest
        lines = latest.keys.sorted()
        latestStable = ascending.last { $0.version.map { !$0.isPrerelease } ?? false }
    }

    /// The release whose range ends at `tag`.
    func release(tagged tag: String) -> NotesDocument? {
        position[tag].map { ascending[$0] }
    }

    /// The release just older than `release` (in its own minor line, else the newest of the older lines), the one
    /// just newer in its own line, and the latest stable release when that is another one.
    func neighbours(of release: NotesDocument) -> (older: NotesDocument?, newer: NotesDocument?, latest: NotesDocument?) {
        guard let version = release.version, let index = position[release.range.to] else { return (nil, nil, nil) }
        // One line's releases sit together, so the one just below is the same line's previous release when there
        // is one, else the newest release of the older lines: the older neighbour either way.
        let older = index > 0 ? ascending[index - 1] : nil
        let above = index + 1 < ascending.count ? ascending[index + 1] : nil
        let newer = above.flatMap { $0.version.map(Line.init) == Line(version) ? $0 : nil }
        return (older, newer, latestStable?.range.to == release.range.to ? nil : latestStable)
    }

    /// The releases `release` gets a comparison page with, its older neighbour first: and, when it is the latest
    /// of its minor line, the latest release of each of the `olderLines` lines below. (Comparing every patch of a
    /// line with the older lines would repeat the same large lists once per patch.)
    func compareTargets(for release: NotesDocument) -> [NotesDocument] {
        guard let version = release.version, let index = position[release.range.to] else { return [] }
        var targets: [NotesDocument] = []
        if index > 0 { targets.append(ascending[index - 1]) }
        let line = Line(version)
        guard latestOfLine[line]?.range.to == release.range.to, let own = lines.firstIndex(of: line) else { return targets }
        for older in lines[..<own].suffix(Self.olderLines).reversed() {
            guard let candidate = latestOfLine[older], !targets.contains(where: { $0.range.to == candidate.range.to }) else { continue }
            targets.append(candidate)
        }
        return targets
    }

    /// A minor release line, such as 6.2.
    struct Line: Hashable, Comparable, Sendable {
        var major: Int
        var minor: Int

        /// The line of `version`.
        init(_ version: SemanticVersion) {
            major = version.major
            minor = version.minor
        }

        static func < (left: Line, right: Line) -> Bool {
            (left.major, left.minor) < (right.major, right.minor)
        }
    }
}
