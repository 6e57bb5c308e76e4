import Changes
import HeraldSupport
import Testing
import Versioning
@testable import ReleaseNotes

/// Moving between two releases: the newer one's base chain minus the older one's, without what the older one
/// already shipped as a cherry-pick, each change once, read in order of what needs action first.
@Suite struct ReleaseComparisonTests {
    static func release(_ version: String, base: String?, at time: Int, _ changes: [Change]) -> NotesDocument {
        NotesDocument(
            range: NotesRange(from: base, to: version, fromCommit: nil, toCommit: "c", reason: ""),
            version: SemanticVersion(parsing: version), date: UTCDate(secondsSince1970: time), changes: changes
        )
    }

    static func change(_ number: Int, _ kind: ChangeKind = .other, breaking: Bool = false, authors: [String] = []) -> Change {
        Change(pullRequest: number, commit: "c\(number)", title: "Change \(number)", kind: kind, breaking: breaking, authors: authors)
    }

    static func pick(_ number: Int, of original: Int) -> Change {
        Change(pullRequest: number, commit: "p\(number)", title: "Pick", kind: .fix, originals: [CherryPickOrigin(pullRequest: original, foundBy: .title)], cherryPick: true)
    }

    /// Release branches: v6.0.1 picks #19 from the default branch, where #19 arrives in v6.1.0.
    static let releases = [
        release("v6.0.0", base: nil, at: 0, [change(1)]),
        release("v6.0.1", base: "v6.0.0", at: 300, [pick(22, of: 19)]),
        release("v6.0.2", base: "v6.0.1", at: 600, [pick(30, of: 25)]),
        release("v6.1.0", base: "v6.0.0", at: 400, [change(18, .feature), change(19, .fix), change(20, .cleanup, breaking: true)]),
        release("v6.2.0", base: "v6.1.0", at: 500, [change(23, .feature), change(24, .dependency)]),
    ]

    @Test func theMoveLeavesOutWhatTheOlderReleasePickedAndPutsActionFirst() {
        let comparison = ReleaseComparison(older: Self.releases[1], newer: Self.releases[4], releases: Self.releases)
        #expect(comparison.arrived.map { $0.change.pullRequest } == [20, 18, 23, 24], "breaking, features, then the rest; #19 left out")
        #expect(comparison.arrived.map { $0.release.range.to } == ["v6.1.0", "v6.1.0", "v6.2.0", "v6.2.0"])
        #expect(comparison.alreadyShipped.map { $0.change.pullRequest } == [19])
        #expect(comparison.onlyInOlder.isEmpty)
    }

    @Test func aFixShippedOnAnOlderLineAfterTheNewerReleaseIsOnlyInTheOlder() {
        var releases = Self.releases
        releases[3].changes.append(Self.change(25, .fix))
        let backwards = ReleaseComparison(older: releases[2], newer: releases[3], releases: releases)
        #expect(backwards.onlyInOlder.isEmpty, "v6.1.0 has #25 itself")
        let newer = ReleaseComparison(older: Self.releases[2], newer: Self.releases[3], releases: Self.releases)
        #expect(newer.onlyInOlder.map { $0.change.pullRequest } == [30], "v6.0.2's pick of #25 is not in v6.1.0")
    }

    @Test func shippedInCountsWhenPicksCarryNoNumber() {
        var fix = Self.change(19, .fix)
        fix.shippedIn = [SemanticVersion(6, 1, 0), SemanticVersion(6, 0, 1)]
        var releases = Self.releases
        releases[1].changes = [Change(pullRequest: nil, commit: "direct", title: "Pick")]
        releases[3].changes = [fix]
        let comparison = ReleaseComparison(older: releases[1], newer: releases[3], releases: releases)
        #expect(comparison.arrived.isEmpty && comparison.alreadyShipped.count == 1)
    }

    @Test func aBaseLoopEndsTheWalk() {
        let looping = [
            Self.release("v1.0.0", base: "v1.1.0", at: 0, [Self.change(1)]),
            Self.release("v1.1.0", base: "v1.0.0", at: 1, [Self.change(2)]),
        ]
        #expect(ReleaseHistory(looping).chain(from: looping[1]).map(\.range.to) == ["v1.1.0", "v1.0.0"])
    }

    @Test func contributorsAreNewInTheEarliestReleaseThatListsThem() {
        let releases = [
            Self.release("v1.0.0", base: nil, at: 0, [Self.change(1, authors: ["@alice"])]),
            Self.release("v1.1.0", base: "v1.0.0", at: 100, [Self.change(2, authors: ["@bob", "@alice"]), Self.change(3, authors: ["dependabot[bot]", "@bob"])]),
        ]
        let contributors = ReleaseContributors(releases.reversed())
        let people = contributors.contributors(of: releases[1], repositoryURL: "https://github.com/o/r")
        #expect(people.map(\.name) == ["@alice", "@bob", "dependabot[bot]"])
        #expect(people.map(\.isFirstContribution) == [false, true, false], "a bot is never new")
        #expect(people[1].profileURL == "https://github.com/bob")
    }
}
