import Versioning

/// One component's releases by tag, to walk from a release to its base, its base's base and so on.
///
/// The bases form a forest. Each release the forest reaches from a root gets the interval of a depth-first walk,
/// so "is this release on that one's chain" is two comparisons, and a comparison of two releases walks only as
/// far as their common base instead of both chains to the first release.
public struct ReleaseHistory: Sendable {
    /// Each release by the tag its range ends at; the first of two with one tag wins.
    private let byTag: [String: NotesDocument]
    /// Each release's depth-first interval, by tag; none for a release whose bases loop.
    let intervals: [String: ClosedRange<Int>]
    /// The tags of the releases of each version.
    let tagsByVersion: [SemanticVersion: [String]]
    /// Each held release's changes' names (`ChangeIdentity`) as numbers, by tag: two changes share a number when
    /// they share a name, so comparisons hash small numbers instead of commit names.
    let numberedNames: [String: [[Int]]]

    /// Indexes `releases`, one component's, in any order.
    public init(_ releases: [NotesDocument]) {
        let byTag = Dictionary(releases.map { ($0.range.to, $0) }, uniquingKeysWith: { first, _ in first })
        self.byTag = byTag
        var versions: [SemanticVersion: [String]] = [:]
        var children: [String: [String]] = [:]
        var roots: [String] = []
        for (tag, release) in byTag {
            if let version = release.version { versions[version, default: []].append(tag) }
            if let base = release.range.from, byTag[base] != nil { children[base, default: []].append(tag) } else { roots.append(tag) }
        }
        tagsByVersion = versions
        var numbers: [ChangeIdentity: Int] = [:]
        numberedNames = byTag.mapValues { release in
            release.changes.map { change in
                ChangeIdentity.keys(of: change).map { name in
                    if let number = numbers[name] { return number }
                    numbers[name] = numbers.count
                    return numbers.count - 1
                }
            }
        }
        intervals = Self.intervals(roots: roots, children: children)
    }

    /// Numbers a depth-first walk from `roots`: a release's interval holds those of the releases built on it.
    /// A loop of bases has no root, so its releases get none.
    private static func intervals(roots: [String], children: [String: [String]]) -> [String: ClosedRange<Int>] {
        var intervals: [String: ClosedRange<Int>] = [:]
        var clock = 0
        // An explicit stack: a chain of thousands of releases must not recurse thousands deep.
        var stack: [(tag: String, enter: Int, next: Int)] = []
        for root in roots {
            stack.append((root, clock, 0))
            clock += 1
            while let top = stack.last {
                let below = children[top.tag] ?? []
                if top.next < below.count {
                    stack[stack.count - 1].next += 1
                    stack.append((below[top.next], clock, 0))
                    clock += 1
                } else {
                    stack.removeLast()
                    intervals[top.tag] = top.enter...clock
                    clock += 1
                }
            }
        }
        return intervals
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

    /// The release tagged `tag`.
    func release(tagged tag: String) -> NotesDocument? {
        byTag[tag]
    }
}
