import Changes
import HeraldSupport
import Testing
import Versioning
@testable import ReleaseNotes

/// The base forest's walks agree with comparing the two whole chains, on forests with branches, missing bases,
/// loops and tags held twice.
@Suite struct ReleaseHistoryTests {
    /// A release `tag` built on `base`, of `version`.
    static func release(_ tag: String, base: String?, version: SemanticVersion?) -> NotesDocument {
        NotesDocument(range: NotesRange(from: base, to: tag, fromCommit: nil, toCommit: "c", reason: ""), version: version, changes: [])
    }

    /// Random releases: most built on an earlier one, some on a missing tag, some in a loop, a few tags twice, and
    /// versions that repeat.
    static func releases(seed: UInt64) -> [NotesDocument] {
        var random = DeterministicRandom(seed: seed)
        let count = Int(random.next() % 60) + 1
        return (0..<count).map { index in
            let base: String?
            switch random.next() % 10 {
            case 0: base = nil
            case 1: base = "missing-\(random.next() % 3)"
            case 2: base = "t\(Int(random.next() % UInt64(count)))"  // may point ahead: loops
            default: base = index == 0 ? nil : "t\(Int(random.next() % UInt64(index)))"
            }
            let tag = random.next() % 25 == 0 && index > 0 ? "t\(index - 1)" : "t\(index)"
            return release(tag, base: base, version: SemanticVersion(1, Int(random.next() % 8), 0))
        }
    }

    @Test(arguments: 0..<200 as Range<UInt64>) func walksAgreeWithWholeChains(seed: UInt64) {
        let releases = Self.releases(seed: seed)
        let history = ReleaseHistory(releases)
        for release in releases {
            let chain = history.chain(from: release)
            for other in releases {
                let otherTags = Set(history.chain(from: other).map(\.range.to))
                let expected = chain.filter { !otherTags.contains($0.range.to) }.map(\.range.to)
                #expect(history.chain(from: release, notOnChainOf: other).map(\.range.to) == expected, "seed \(seed)")
            }
            let versions = Set(chain.compactMap(\.version))
            for minor in 0..<8 {
                let version = SemanticVersion(1, minor, 0)
                #expect(history.chain(of: release, holds: version) == versions.contains(version), "seed \(seed)")
            }
        }
    }

    @Test func aLongLineIsWalkedWithoutRecursion() {
        let releases = (0..<50_000).map { Self.release("t\($0)", base: $0 == 0 ? nil : "t\($0 - 1)", version: nil) }
        let history = ReleaseHistory(releases)
        #expect(history.chain(from: releases[49_999], notOnChainOf: releases[49_990]).count == 9)
    }
}

/// Comparisons over random forests with shared pull requests, picks and "shipped in" versions equal the
/// comparison of the two whole chains by change names.
@Suite struct ReleaseComparisonWalkTests {
    /// Random releases as `ReleaseHistoryTests.releases` makes them, each with changes whose names collide.
    static func releases(seed: UInt64) -> [NotesDocument] {
        var random = DeterministicRandom(seed: seed &+ 7_919)
        return ReleaseHistoryTests.releases(seed: seed).map { release in
            var release = release
            release.changes = (0..<Int(random.next() % 5)).map { _ in
                var change = Change(
                    pullRequest: random.next() % 4 == 0 ? nil : Int(random.next() % 40), commit: "c\(random.next() % 60)", title: "T"
                )
                if random.next() % 4 == 0 { change.originals = [CherryPickOrigin(pullRequest: Int(random.next() % 40), foundBy: .title)] }
                if random.next() % 5 == 0 { change.shippedIn = [SemanticVersion(1, Int(random.next() % 8), 0)] }
                return change
            }
            return release
        }
    }

    /// The comparison as whole chains define it: what the newer chain has and the older lacks, by names and versions.
    static func expected(older: NotesDocument, newer: NotesDocument, history: ReleaseHistory) -> (arrived: [String], left: [String], only: [String]) {
        let olderChain = history.chain(from: older)
        let newerChain = history.chain(from: newer)
        let olderTags = Set(olderChain.map(\.range.to))
        let newerTags = Set(newerChain.map(\.range.to))
        func walk(_ releases: [NotesDocument], shipped: [NotesDocument], versions: Set<SemanticVersion>) -> (kept: [String], left: [String]) {
            let shippedNames = Set(shipped.flatMap { $0.changes.flatMap(ChangeIdentity.keys(of:)) })
            var seen: Set<ChangeIdentity> = []
            var kept: [String] = []
            var left: [String] = []
            for release in releases {
                for change in release.changes {
                    let keys = ChangeIdentity.keys(of: change)
                    if keys.contains(where: shippedNames.contains) || change.shippedIn.contains(where: versions.contains) {
                        left.append(release.range.to + ":" + change.commit)
                        continue
                    }
                    if keys.contains(where: seen.contains) { continue }
                    seen.formUnion(keys)
                    kept.append(release.range.to + ":" + change.commit)
                }
            }
            return (kept, left)
        }
        let moved = Array(newerChain.filter { !olderTags.contains($0.range.to) }.reversed())
        let lacking = Array(olderChain.filter { !newerTags.contains($0.range.to) }.reversed())
        let move = walk(moved, shipped: lacking, versions: Set(olderChain.compactMap(\.version)))
        let only = walk(lacking, shipped: moved, versions: Set(newerChain.compactMap(\.version)))
        return (move.kept, move.left, only.kept)
    }

    @Test(arguments: 0..<30 as Range<UInt64>) func walksEqualWholeChains(seed: UInt64) {
        let releases = Self.releases(seed: seed)
        let history = ReleaseHistory(releases)
        let names = { (entries: [ReleaseComparison.Entry]) in entries.map { $0.release.range.to + ":" + $0.change.commit } }
        for older in releases {
            for newer in releases {
                let comparison = ReleaseComparison(older: older, newer: newer, history: history)
                let expected = Self.expected(older: older, newer: newer, history: history)
                #expect(Set(names(comparison.arrived)) == Set(expected.arrived) && comparison.arrived.count == expected.arrived.count, "seed \(seed)")
                #expect(names(comparison.alreadyShipped) == expected.left, "seed \(seed)")
                #expect(Set(names(comparison.onlyInOlder)) == Set(expected.only) && comparison.onlyInOlder.count == expected.only.count, "seed \(seed)")
                for entry in comparison.arrived + comparison.alreadyShipped + comparison.onlyInOlder {
                    #expect(entry.release.changes[entry.position].commit == entry.change.commit)
                }
            }
        }
    }
}
