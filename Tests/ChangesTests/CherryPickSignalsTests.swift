import GitHistory
import Testing
@testable import Changes

/// Cherry-picks recognised by title, branch and `(cherry picked from commit …)` trailers.
@Suite struct CherryPickSignalsTests {
    let detector = ChangeDetector()

    @Test(arguments: [
        ("[release-1.2] Fix the resizer", "Fix the resizer", [Int]()),
        ("Cherry pick of #12: Fix the resizer", "Fix the resizer", [12]),
        ("cherry-pick of #12: Fix the resizer", "Fix the resizer", [12]),
        ("Automated cherry pick of #12 #13: Fix the resizer", "Fix the resizer", [12, 13]),
        ("Automated cherry pick of #12", "Automated cherry pick of #12", [12]),
    ] as [(String, String, [Int])])
    func titles(title: String, cleaned: String, originals: [Int]) {
        let signals = CherryPickSignals(title: title, branch: nil, bodies: [])
        #expect(signals.isCherryPick)
        #expect(signals.title == cleaned)
        #expect(signals.originals == originals.map { CherryPickOrigin(pullRequest: $0, foundBy: .title) })
    }

    @Test(arguments: [
        ("cherry-pick-12-to-release-1.2", [12]),
        ("automated-cherry-pick-of-#12-#13-upstream-release-1.2", [12, 13]),
        ("automated-cherry-pick-of-#545-upstream-release-3.1", [545]),
    ] as [(String, [Int])])
    func branches(branch: String, originals: [Int]) {
        let signals = CherryPickSignals(title: "Fix the resizer", branch: branch, bodies: [])
        #expect(signals.isCherryPick)
        #expect(signals.originals == originals.map { CherryPickOrigin(pullRequest: $0, foundBy: .branch) })
        #expect(signals.title == "Fix the resizer")
    }

    @Test(arguments: ["Fix the resizer", "Fix [release-1.2] naming", "Pick the best cherry"])
    func ordinaryTitlesAreNotCherryPicks(title: String) {
        let signals = CherryPickSignals(title: title, branch: "fix-resizer", bodies: ["Fixes #12."])
        #expect(!signals.isCherryPick)
        #expect(signals.originals.isEmpty)
        #expect(signals.originalCommits.isEmpty)
    }

    @Test func titleAndBranchNamingTheSamePullRequestCountOnce() {
        let signals = CherryPickSignals(
            title: "Automated cherry pick of #12: Fix", branch: "automated-cherry-pick-of-#12-upstream-release-1.2", bodies: []
        )
        #expect(signals.originals == [CherryPickOrigin(pullRequest: 12, foundBy: .title)], "the first signal to name it is kept")
    }

    @Test func mergedPullRequestFromACherryPickBranch() throws {
        let merge = Fixture.merge("m", number: 30, from: "robot/cherry-pick-12-to-release-1.2", title: "[release-1.2] Fix the resizer", parents: ["base", "b"])
        let branch = Fixture.commit("b", subject: "Fix the resizer")
        let change = try #require(detector.detect(Fixture.range([merge], merged: ["m": [branch]])).changes.first)
        #expect(change.pullRequest == 30)
        #expect(change.title == "Fix the resizer")
        #expect(change.kind == .fix)
        #expect(change.cherryPick)
        #expect(change.cherryPickOf == [12])
    }

    @Test func trailerIsResolvedThroughTheOriginalLookup() {
        let originalSquash = Fixture.commit("orig-squash", subject: "Fix the resizer (#10)")
        let originalMerge = Fixture.commit("orig-merge", parents: ["base", "x"], subject: "Merge pull request #11 from alice/leak")
        let pick = Fixture.commit("pick", subject: "Fix the resizer (#20)", body: "Fix it.\n\n(cherry picked from commit \(originalSquash.sha))")
        let branchPick = Fixture.commit("bp", subject: "Fix a leak", body: "(cherry picked from commit \(originalMerge.sha))")
        let merge = Fixture.merge("m", number: 21, from: "alice/backport-leak", title: "Fix a leak on 1.2", parents: ["pick", "bp"])
        let range = Fixture.range([merge, pick], merged: ["m": [branchPick]])
        #expect(detector.referencedCommits(in: range) == [originalMerge.sha, originalSquash.sha])
        var asked: [String] = []
        let known = [originalSquash, originalMerge]
        let result = detector.detect(range) { sha in
            asked.append(sha)
            return known.first { $0.sha == sha }
        }
        #expect(Set(asked) == [originalMerge.sha, originalSquash.sha])
        #expect(result.changes.map(\.pullRequest) == [21, 20])
        #expect(result.changes.map(\.cherryPickOf) == [[11], [10]])
        #expect(result.changes.map(\.cherryPick) == [true, true])
    }

    @Test func anUnknownOriginalIsStillACherryPick() throws {
        let pick = Fixture.commit("pick", subject: "Fix the resizer", body: "(cherry picked from commit 0123456789abcdef)")
        let change = try #require(detector.detect(Fixture.range([pick])).changes.first)
        #expect(change.cherryPick)
        #expect(change.cherryPickOf.isEmpty)
        #expect(change.pullRequest == nil)
    }

    @Test func anOriginalWithoutAPullRequestAddsNothing() throws {
        let original = Fixture.commit("orig", subject: "Fix the resizer")
        let pick = Fixture.commit("pick", subject: "Fix the resizer (#20)", body: "(cherry picked from commit \(original.sha))")
        let change = try #require(detector.detect(Fixture.range([pick])) { $0 == original.sha ? original : nil }.changes.first)
        #expect(change.cherryPick)
        #expect(change.cherryPickOf.isEmpty)
    }
}
