import GitHistory
import Testing
@testable import Changes

/// Cases a review of the detector found: reverts of reverts, title-only pairing, unsquashed subtrees, breaking commits in PRs.
@Suite struct ReviewFindingsTests {
    let detector = ChangeDetector()

    @Test func aRevertOfARevertKeepsTheOriginalChange() {
        let range = Fixture.range([
            Fixture.commit("r2", parents: ["r1"], subject: "Revert \"Revert \"Add tracing\"\"", body: "This reverts commit \(Fixture.sha("r1"))."),
            Fixture.commit("r1", parents: ["x"], subject: "Revert \"Add tracing\"", body: "This reverts commit \(Fixture.sha("x")).", time: 1_704_067_100),
            Fixture.commit("x", subject: "Add tracing (#6)", time: 1_704_067_000),
        ])
        let result = detector.detect(range)
        #expect(result.changes.map(\.pullRequest) == [6])
        #expect(result.excluded.map(\.commit) == [Fixture.sha("r2"), Fixture.sha("r1")])
    }

    @Test func aRevertNamingAnotherCommitIsNotPairedByTitle() {
        // "Fix foo" shipped earlier as another commit; the one in this range stays in the code.
        let range = Fixture.range([
            Fixture.commit("r", parents: ["f"], subject: "Revert \"Fix foo\"", body: "This reverts commit \(Fixture.sha("old"))."),
            Fixture.commit("f", subject: "Fix foo (#20)"),
        ])
        let result = detector.detect(range)
        #expect(result.changes.map(\.commit) == [Fixture.sha("r"), Fixture.sha("f")])
        #expect(result.changes.first?.kind == .fix)
        #expect(result.excluded.isEmpty)
    }

    @Test func aSubtreeAddedWithoutSquashIsVendored() {
        let foreign = [
            Fixture.commit("u2", parents: ["u1"], subject: "Fix prow job (#125)", body: "(cherry picked from commit \(Fixture.sha("u0")))"),
            Fixture.commit("u1", parents: [], subject: "Merge pull request #120 from other/x", body: "This reverts commit \(Fixture.sha("main0"))."),
        ]
        let range = Fixture.range([
            Fixture.commit("m", parents: ["main0", "u2"], subject: "Add 'release-tools/' from commit '\(Fixture.sha("u2"))'"),
        ], merged: ["m": foreign])
        let result = detector.detect(range) { _ in Fixture.commit("u0", subject: "Original (#99)") }
        let change = result.changes.first
        #expect(change?.pullRequest == nil)
        #expect(change?.kind == .dependency)
        #expect(change?.cherryPickOf == [])
        #expect(result.excluded.isEmpty)
    }

    @Test func aBreakingCommitInsideAMergedPullRequestMakesItBreaking() {
        let range = Fixture.range([
            Fixture.merge("m", number: 7, from: "alice/flags", title: "Rework the flags", parents: ["base", "c"]),
        ], merged: ["m": [Fixture.commit("c", subject: "refactor: rename flags", body: "BREAKING CHANGE: --foo is gone")]])
        #expect(detector.detect(range).changes.first?.breaking == true)
    }
}
