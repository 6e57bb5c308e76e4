import GitHistory
import Testing
@testable import Changes

/// Cherry-picks recognised by title, branch and `(cherry picked from commit …)` trailers.
@Suite struct CherryPickSignalsTests {
    let detector = ChangeDetector()

    @Test(arguments: [
        ("Cherry pick of #12: Fix the resizer", "Fix the resizer", [12]),
        ("cherry-pick of #12: Fix the resizer", "Fix the resizer", [12]),
        ("cherrypick of #12: Fix the resizer", "Fix the resizer", [12]),
        ("Automated cherry pick of #12 #13: Fix the resizer", "Fix the resizer", [12, 13]),
        ("Automated cherry pick of #12", "Automated cherry pick of #12", [12]),
        ("Manual cherry pick of #153: Fix the resizer", "Fix the resizer", [153]),
        ("Semi-automated cherry-pick of #153: Fix the resizer", "Fix the resizer", [153]),
        ("Cherrypick #1124 Update the sidecars", "Update the sidecars", [1124]),
        ("Cherry pick #12 to release-1.2: Fix the resizer", "Fix the resizer", [12]),
        ("Cherry-pick #12 into release-1.2: Fix the resizer", "Fix the resizer", [12]),
        ("Cherry pick of #12, #13 and #14: Fix the resizer", "Fix the resizer", [12, 13, 14]),
        ("Cherry-pick #1519 and #1520 to release-6.2", "Cherry-pick #1519 and #1520 to release-6.2", [1519, 1520]),
        ("Cherry pick of #12 #12: Fix the resizer", "Fix the resizer", [12]),
        ("[Cherry-pick]Add the resizer", "Add the resizer", []),
        ("[cherry-pick] Add the resizer", "Add the resizer", []),
        ("[CHERRY-PICK] Add the resizer", "Add the resizer", []),
        ("[release-1.2] Cherry pick of #12: Fix the resizer", "Fix the resizer", [12]),
        ("Cherry-pick fix: CVE-2022-41723", "fix: CVE-2022-41723", []),
        ("cherry pick: Fix the resizer", "Fix the resizer", []),
        ("Cherry pick of #0: Fix the resizer", "Fix the resizer", []),
        ("Cherry pick of #1234567890 #12: Fix the resizer", "Fix the resizer", [12]),
        ("Cherry pick of #999999999: Fix the resizer", "Fix the resizer", [999_999_999]),
        ("Cherry pick of the resizer fix", "Cherry pick of the resizer fix", []),
        ("[1.2] Cherry pick: Retry provisioning after a transient error", "Retry provisioning after a transient error", []),
        ("Cherry-pick to 0.4: Verify PV/PVC binding and driver", "Verify PV/PVC binding and driver", []),
        ("Backport #606 to release-5.0", "Backport #606 to release-5.0", [606]),
        ("Backport of #12: Fix the resizer", "Fix the resizer", [12]),
        ("Backport 703: update kube dependencies to v1.24.0", "update kube dependencies to v1.24.0", [703]),
    ] as [(String, String, [Int])])
    func titles(title: String, cleaned: String, originals: [Int]) {
        let signals = CherryPickSignals(title: title, branch: nil, bodies: [])
        #expect(signals.isCherryPick)
        #expect(signals.title == cleaned)
        #expect(signals.originals == originals.map { CherryPickOrigin(pullRequest: $0, foundBy: .title) })
    }

    /// A release-line prefix is left out of the title, but only an original found later makes the change a pick.
    @Test(arguments: [
        ("[release-1.2] Fix the resizer", "Fix the resizer"),
        ("[release-6.2] fix: resize on expand", "fix: resize on expand"),
        ("[Release-1.2] Fix the resizer", "Fix the resizer"),
        ("[release-v1.2] Fix the resizer", "Fix the resizer"),
        ("release-1.0: XFS: fix the resizer", "XFS: fix the resizer"),
        ("release-v1.0: Fix the resizer", "Fix the resizer"),
        ("[3.5] Fix the lease renewal", "Fix the lease renewal"),
        ("[v3.5] Fix the lease renewal", "Fix the lease renewal"),
        ("1.3: Fix claimRef and snapshotRef checks", "Fix claimRef and snapshotRef checks"),
        ("0.4.1: Fix snapshotRef checks", "Fix snapshotRef checks"),
    ] as [(String, String)])
    func releaseLinePrefixes(title: String, cleaned: String) {
        let signals = CherryPickSignals(title: title, branch: nil, bodies: [])
        #expect(!signals.isCherryPick)
        #expect(signals.marksReleaseLine)
        #expect(signals.title == cleaned)
        #expect(signals.originals.isEmpty)
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

    @Test(arguments: [
        "Fix the resizer", "Fix [release-1.2] naming", "Pick the best cherry", "Document the release-1.0: notes",
        "Cherry-picking guide for maintainers", "Add cherry pick robot docs", "[release-notes] Fix",
        "release-1: Fix the resizer", "Release notes: Fix the resizer", "Cherry-picked fixes", "Run the cherry-pick-bot",
        "Document cherry pick of the week", "", "[cherry-picks] Fix", "Revert \"Manual cherry pick of #12: Fix the resizer\"",
        "docs: explain a cherry pick of #12", "Semi-automated cherry-picks of #12",
        "Backport changelog to release-5.0", "Backport 703 fixes", "Backports: 12 of them", "Backporting #12 guide",
        "100% coverage for the resizer", "2: Fix the resizer", "[3] Fix the resizer", "1.2 Fix the resizer", "[1.2 Fix",
    ])
    func ordinaryTitlesAreNotCherryPicks(title: String) {
        let signals = CherryPickSignals(title: title, branch: "fix-resizer", bodies: ["Fixes #12."])
        #expect(!signals.isCherryPick)
        #expect(signals.originals.isEmpty)
        #expect(signals.originalCommits.isEmpty)
    }

    @Test(arguments: [
        ("cherry-pick-0-to-release-1.2", [Int]()),
        ("cherry-pick-1234567890-to-release-1.2", []),
        ("automated-cherry-pick-of-#1234567890-#0-#7-upstream-release-1.2", [7]),
    ] as [(String, [Int])])
    func branchNumbersAreBounded(branch: String, originals: [Int]) {
        let signals = CherryPickSignals(title: "Fix the resizer", branch: branch, bodies: [])
        #expect(signals.isCherryPick)
        #expect(signals.originals.map(\.pullRequest) == originals)
    }

    @Test(arguments: [
        String(repeating: "cherry pick of #1 and ", count: 20_000),
        "Cherry pick " + String(repeating: "#1, ", count: 100_000),
        String(repeating: "cherrycherry-cherry pick", count: 20_000),
        "[release-1" + String(repeating: "[", count: 200_000),
        "release-" + String(repeating: "1.", count: 200_000),
    ])
    func hostileTitlesAreReadInLinearTime(title: String) {
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = CherryPickSignals(title: title, branch: nil, bodies: []) }
        #expect(elapsed < .seconds(2), "\(title.utf8.count) bytes took \(elapsed)")
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
