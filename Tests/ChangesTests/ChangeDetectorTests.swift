import GitHistory
import Testing
@testable import Changes

/// How first-parent commits become changes: merges, squashes, plain commits; no PR number from free text.
@Suite struct ChangeDetectorTests {
    let detector = ChangeDetector()

    @Test func aMergedPullRequestTakesItsTitleAndBodyFromTheMergeMessage() throws {
        var merge = Fixture.merge("m", number: 12, from: "alice/dependabot/go_modules/x", title: "", parents: ["base", "b"])
        merge.body = "\nAdd volume cloning\n\nLonger description.\n\n```release-note\nAdded cloning.\n```\n/kind feature"
        merge.commitTime = 1_704_070_800
        let change = try #require(detector.detect(Fixture.range([merge], merged: ["m": [Fixture.commit("b", subject: "wip")]])).changes.first)
        #expect(change == Change(
            pullRequest: 12, commit: merge.sha, title: "Add volume cloning", kind: .feature, note: "Added cloning.",
            authors: ["@alice"], time: 1_704_070_800
        ))
    }

    @Test func aMergeWithoutATitleFallsBackToTheBranch() throws {
        let merge = Fixture.merge("m", number: 12, from: "alice/fix-resizer", title: "", parents: ["base", "b"])
        let merged = [Fixture.commit("b2", parents: ["b"], subject: "y"), Fixture.commit("b", subject: "x")]
        let change = try #require(detector.detect(Fixture.range([merge], merged: ["m": merged])).changes.first)
        #expect(change.title == "fix-resizer")
        #expect(change.pullRequest == 12)
    }

    @Test func aSquashMergeKeepsItsBody() throws {
        let squash = Fixture.commit("s", subject: "fix: retry on conflict (#15)", body: "```release-note\nThe resizer retries.\n```")
        let change = try #require(detector.detect(Fixture.range([squash])).changes.first)
        #expect(change.pullRequest == 15)
        #expect(change.title == "Retry on conflict")
        #expect(change.kind == .fix)
        #expect(change.note == "The resizer retries.")
    }

    @Test(arguments: [
        ("Fix crash in the parser", "Fixes #45"),
        ("Fix crash, see #12 for details", ""),
        ("Handle (#12) in the middle", "See #12 and owner/repo#13."),
        ("Fix crash (see #12)", "Closes #12"),
        ("Merge pull request #12 from alice/rebased", "Rebased by hand, one parent."),
    ])
    func noPullRequestNumberFromFreeText(subject: String, body: String) throws {
        let plain = Fixture.commit("p", subject: subject, body: body)
        let change = try #require(detector.detect(Fixture.range([plain])).changes.first)
        #expect(change.pullRequest == nil)
        #expect(change.title == subject)
    }

    @Test func otherMergesHaveNoPullRequest() throws {
        let merge = Fixture.commit("m", parents: ["base", "b"], subject: "Merge branch 'release-1.2' into main", body: "Fixes #12")
        let merged = [Fixture.commit("b2", parents: ["b"], subject: "Fix the resizer"), Fixture.commit("b", subject: "Fix #99")]
        let change = try #require(detector.detect(Fixture.range([merge], merged: ["m": merged])).changes.first)
        #expect(change.pullRequest == nil)
        #expect(change.title == "Fixes #12")
    }

    @Test func squashSubjectsOnABranchDoNotRenumberTheMerge() throws {
        let merge = Fixture.merge("m", number: 40, from: "alice/backports", title: "Backport fixes", parents: ["base", "b2"])
        let merged = [Fixture.commit("b2", parents: ["b1"], subject: "Fix leak (#98)"), Fixture.commit("b1", subject: "Fix crash (#97)")]
        let result = detector.detect(Fixture.range([merge], merged: ["m": merged]))
        #expect(result.changes.map(\.pullRequest) == [40])
    }

    @Test func changesAreListedNewestFirstWithTheirCommitTimes() {
        let commits = (0..<4).map { index in
            Fixture.commit("c\(index)", parents: ["c\(index - 1)"], subject: "Change \(index)", time: 1_704_067_200 + index * 3600)
        }
        let result = detector.detect(Fixture.range(commits.reversed()))
        #expect(result.changes.map(\.title) == ["Change 3", "Change 2", "Change 1", "Change 0"])
        #expect(result.changes.map(\.time) == [1_704_078_000, 1_704_074_400, 1_704_070_800, 1_704_067_200])
        #expect(result.changes.map(\.commit) == commits.reversed().map(\.sha))
    }

    @Test func anEmptyRangeHasNoChanges() {
        #expect(detector.detect(CommitRange(mainline: [], merged: [:])) == DetectedChanges())
    }

    @Test func releaseNoteNoneIsExcludedWithItsReason() {
        let squash = Fixture.commit("s", subject: "Fix flaky test (#16)", body: "```release-note\nNONE\n```")
        let result = detector.detect(Fixture.range([squash]))
        #expect(result.changes.isEmpty)
        #expect(result.excluded == [ExcludedChange(pullRequest: 16, commit: squash.sha, title: "Fix flaky test", reason: "release note says NONE")])
    }
}
