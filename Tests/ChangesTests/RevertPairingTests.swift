import GitHistory
import Testing
@testable import Changes

/// Reverts found by `ChangeDetector.detect`: pairs inside the range cancel out, lone reverts are fixes.
@Suite struct RevertPairingTests {
    let detector = ChangeDetector()

    /// One way a revert names what it reverts: the target change, then the revert, each with what its merge brought in.
    struct Pairing: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var target: Commit
        var targetMerged: [Commit] = []
        var revert: Commit
        var revertMerged: [Commit] = []
    }

    static let gadgetMerge = Fixture.merge("t", number: 29, from: "alice/gadget", title: "Add gadget", parents: ["base", "tb"])
    static let gadgetBranch = Fixture.commit("tb", subject: "Add gadget")
    static let gadgetPlain = Fixture.commit("t", subject: "Add gadget")
    static let gadgetSquash = Fixture.commit("t", subject: "Add gadget (#29)")

    static let pairings: [Pairing] = [
        Pairing(
            testDescription: "PR branch revert-29-…", target: gadgetMerge, targetMerged: [gadgetBranch],
            revert: Fixture.merge("r", number: 33, from: "bob/revert-29-gadget", title: "Undo the gadget", parents: ["t", "rb"]),
            revertMerged: [Fixture.commit("rb", parents: ["t"], subject: "Undo the gadget")]
        ),
        Pairing(
            testDescription: "This reverts commit <full sha>", target: gadgetPlain,
            revert: Fixture.commit("r", parents: ["t"], subject: "Back out the gadget", body: "This reverts commit \(Fixture.sha("t")).")
        ),
        Pairing(
            testDescription: "This reverts commit <abbreviated sha>", target: gadgetPlain,
            revert: Fixture.commit("r", parents: ["t"], subject: "Back out the gadget", body: "This reverts commit \(Fixture.sha("t").prefix(9)).")
        ),
        Pairing(
            testDescription: "reverts a commit the merge brought in", target: gadgetMerge, targetMerged: [gadgetBranch],
            revert: Fixture.commit("r", parents: ["t"], subject: "Back out the gadget", body: "This reverts commit \(Fixture.sha("tb")).")
        ),
        Pairing(
            testDescription: "Reverts owner/repo#29", target: gadgetSquash,
            revert: Fixture.commit("r", parents: ["t"], subject: "Back out the gadget (#33)", body: "Reverts kubernetes-csi/external-resizer#29")
        ),
        Pairing(
            testDescription: "quoted squash subject", target: gadgetSquash,
            revert: Fixture.commit("r", parents: ["t"], subject: "Revert \"Add gadget (#29)\" (#33)")
        ),
        Pairing(
            testDescription: "quoted title of a merged PR", target: gadgetMerge, targetMerged: [gadgetBranch],
            revert: Fixture.commit("r", parents: ["t"], subject: "Revert \"Add gadget\"")
        ),
        Pairing(
            testDescription: "quoted merge subject", target: gadgetMerge, targetMerged: [gadgetBranch],
            revert: Fixture.commit("r", parents: ["t"], subject: "Revert \"Merge pull request #29 from alice/gadget\"")
        ),
        Pairing(
            testDescription: "quoted conventional title", target: Fixture.commit("t", subject: "feat: add gadget"),
            revert: Fixture.commit("r", parents: ["t"], subject: "Revert \"feat: add gadget\"")
        ),
    ]

    @Test(arguments: pairings)
    func aChangeAndItsRevertCancelOut(pairing: Pairing) {
        let newer = Fixture.commit("n", parents: ["r"], subject: "Tidy imports")
        let older = Fixture.commit("o", parents: ["base"], subject: "Add widget")
        var merged: [String: [Commit]] = [:]
        if !pairing.targetMerged.isEmpty { merged["t"] = pairing.targetMerged }
        if !pairing.revertMerged.isEmpty { merged["r"] = pairing.revertMerged }
        let result = detector.detect(Fixture.range([newer, pairing.revert, pairing.target, older], merged: merged))
        #expect(result.changes.map(\.title) == ["Tidy imports", "Add widget"])
        #expect(result.excluded.map(\.commit) == [Fixture.sha("r"), Fixture.sha("t")])
        let revertName = pairing.revert.isMerge || CommitShape(pairing.revert) != .plain ? "#33" : String(Fixture.sha("r").prefix(7))
        let targetName = CommitShape(pairing.target) == .plain ? String(Fixture.sha("t").prefix(7)) : "#29"
        #expect(result.excluded.map(\.reason) == ["reverts \(targetName) in this range", "reverted by \(revertName) in this range"])
    }

    @Test func aMergedRevertPairNamesEachOther() {
        let revert = Fixture.merge("r", number: 31, from: "bob/revert-29-gadget", title: "Revert \"Add gadget\"", parents: ["t", "rb"])
        let revertBranch = Fixture.commit("rb", parents: ["t"], subject: "Revert \"Add gadget\"", body: "This reverts commit \(Fixture.sha("tb")).")
        let range = Fixture.range([revert, Self.gadgetMerge], merged: ["r": [revertBranch], "t": [Self.gadgetBranch]])
        let result = detector.detect(range)
        #expect(result.changes.isEmpty)
        #expect(result.excluded == [
            ExcludedChange(pullRequest: 31, commit: Fixture.sha("r"), title: "Revert \"Add gadget\"", reason: "reverts #29 in this range"),
            ExcludedChange(pullRequest: 29, commit: Fixture.sha("t"), title: "Add gadget", reason: "reverted by #31 in this range"),
        ])
    }

    @Test(arguments: [
        Fixture.commit("r", subject: "Revert \"Add gadget\"", body: "This reverts commit \(Fixture.sha("old"))."),
        Fixture.commit("r", subject: "Revert \"feat: add gadget\" (#40)"),
        Fixture.commit("r", subject: "Back out the gadget (#40)", body: "Reverts kubernetes-csi/external-resizer#12"),
    ])
    func aRevertOfAnEarlierReleaseIsAFix(revert: Commit) {
        let other = Fixture.commit("o", subject: "Add gadget again later")
        let result = detector.detect(Fixture.range([revert, other]))
        #expect(result.excluded.isEmpty)
        #expect(result.changes.map(\.commit) == [revert.sha, other.sha])
        #expect(result.changes.first?.kind == .fix)
    }

    @Test func aLoneRevertOfAMergeReadsThePullRequestTitle() throws {
        let old = Fixture.merge("old", number: 12, from: "alice/gadget", title: "Add gadget", parents: ["base", "ob"])
        let body = "This reverts commit \(old.sha), reversing\nchanges made to \(Fixture.sha("base"))."
        let range = Fixture.range([Fixture.commit("r", subject: "Revert \"Merge pull request #12 from alice/gadget\"", body: body)])
        #expect(detector.referencedCommits(in: range) == [old.sha])
        let change = try #require(detector.detect(range) { $0 == old.sha ? old : nil }.changes.first)
        #expect(change.title == "Revert \"Add gadget\" (#12)")
        #expect(change.kind == .fix)
        #expect(change.pullRequest == nil)
    }

    @Test func aRevertOnlyCancelsAnOlderChange() {
        // The revert of a same-titled change from an earlier release, then the change landed again.
        let again = Fixture.commit("again", parents: ["r"], subject: "Add gadget")
        let revert = Fixture.commit("r", subject: "Revert \"Add gadget\"")
        let result = detector.detect(Fixture.range([again, revert]))
        #expect(result.changes.count == 2)
        #expect(result.excluded.isEmpty)
    }

    @Test func aRevertCancelsOnlyTheNewestMatchingChange() {
        let revert = Fixture.commit("r", parents: ["b"], subject: "Revert \"Update image\"")
        let newer = Fixture.commit("b", parents: ["a"], subject: "Update image")
        let older = Fixture.commit("a", subject: "Update image")
        let result = detector.detect(Fixture.range([revert, newer, older]))
        #expect(result.changes.map(\.commit) == [older.sha])
        #expect(result.excluded.map(\.commit) == [revert.sha, newer.sha])
    }

    @Test func aRevertOfANoneChangeInTheRangeIsNotListedAsAFix() {
        // #29 asked for no note; its revert in the same range must cancel it, not appear as a fix of something unlisted.
        let quiet = Fixture.commit("t", subject: "Refactor the gadget (#29)", body: "```release-note\nNONE\n```")
        let revert = Fixture.commit("r", parents: ["t"], subject: "Revert \"Refactor the gadget (#29)\" (#33)", body: "Reverts owner/repo#29")
        let result = detector.detect(Fixture.range([revert, quiet]))
        #expect(result.changes.isEmpty, "listed: \(result.changes.map(\.title))")
        #expect(result.excluded.first { $0.pullRequest == 33 }?.reason == "reverts #29 in this range")
    }

    @Test func aPullRequestThatContainsARevertCommitAmongOtherWorkIsNotARevert() throws {
        // PR #40 backs out #29's approach in one commit and adds a new feature in another; #40 must stay in the notes.
        let merge = Fixture.merge("r", number: 40, from: "alice/gizmo", title: "Replace the gadget with a gizmo", parents: ["t", "g2"])
        let merged = [
            Fixture.commit("g2", parents: ["g1"], subject: "Add gizmo"),
            Fixture.commit("g1", parents: ["t"], subject: "Revert \"Add gadget\"", body: "This reverts commit \(Fixture.sha("tb")).")
        ]
        let result = detector.detect(Fixture.range([merge, Self.gadgetMerge], merged: ["r": merged, "t": [Self.gadgetBranch]]))
        #expect(result.changes.map(\.pullRequest).contains(40), "excluded: \(result.excluded.map(\.reason))")
    }

    @Test func aNonMatchingRevertKeepsBoth() {
        let revert = Fixture.commit("r", parents: ["t"], subject: "Revert \"Add gizmo\"", body: "This reverts commit 0123456789abcdef.")
        let result = detector.detect(Fixture.range([revert, Self.gadgetPlain]))
        #expect(result.excluded.isEmpty)
        #expect(result.changes.map(\.kind) == [.fix, .feature])
    }
}
