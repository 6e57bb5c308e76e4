/// One component's releases by tag, to walk from a release to its base, its base's base and so on.
public struct ReleaseHistory: Sendable {
    /// Each release by the tag its range ends at; the first of two with one tag wins.
    private let byTag: [String: NotesDocument]

    /// Indexes `releases`, one component's, in any order.
    public init(_ releases: [NotesDocument]) {
        byTag = Dictionary(releases.map { ($0.range.to, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `release`, its base, its base's base, … as far as the history knows them; a loop ends the walk.
    public func chain(from release: NotesDocument) -> [NotesDocument] {
        var chain = [release]
        var seen: Set<String> = [release.range.to]
        var current = release
        while let base = current.range.from, !seen.contains(base), let next = byTag[base] {
            seen.insert(base)
            chain.append(next)
            current = next
        }
        return chain
    }
}
