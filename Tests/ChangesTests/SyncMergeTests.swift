import GitHistory
import Testing
@testable import Changes

/// A merge that synced another line in lists the PRs it brought; feature PRs and backports stay one change.
@Suite struct SyncMergeTests {
    let detector = ChangeDetector()

    /// Main's history from `base`: PR #11 (by Carol) and PR #12 (by a GitHub login), newest first.
    static let main: [Commit] = [
        Fixture.merge("m12", number: 12, from: "dave/fix-leak", title: "Fix the snapshot leak", parents: ["m11", "f12"]),
        Fixture.commit("f12", parents: ["base"], subject: "fix leak", email: "77+dave@users.noreply.github.com"),
        Fixture.merge(
            "m11", number: 11, from: "carol/cloning", title: "Add volume cloning\n\n```release-note\nVolumes can be cloned.\n```",
            parents: ["base", "f11"]
        ),
        Fixture.commit("f11", parents: ["base"], subject: "wip", author: "Carol Example", email: "carol@example.com"),
    ]

    @Test func aSyncPullRequestListsThePullRequestsItBrought() throws {
        let head = Fixture.commit("head", parents: ["release", "m12"], subject: "Merge branch 'master' into update-1.0")
        let sync = Fixture.merge("sync", number: 50, from: "bob/update-1.0", title: "Update release 1.0 branch", parents: ["release", "head"])
        let result = detector.detect(Fixture.range([sync], merged: ["sync": [head] + Self.main]))
        #expect(result.changes.map(\.pullRequest) == [12, 11])
        #expect(result.changes.map(\.title) == ["Fix the snapshot leak", "Add volume cloning"])
        #expect(result.changes.map(\.authors) == [["@dave"], ["@carol"]])
        #expect(result.changes.map(\.commit) == [Fixture.sha("m12"), Fixture.sha("m11")])
        #expect(result.changes[1].kind == .feature)
        #expect(result.changes[1].note == "Volumes can be cloned.")
    }

    @Test func aPullRequestFromTheDefaultBranchItselfIsASync() throws {
        let sync = Fixture.merge("sync", number: 50, from: "org/master", title: "rebase 1.0 branch with master", parents: ["release", "m12"])
        let result = detector.detect(Fixture.range([sync], merged: ["sync": Self.main]))
        #expect(result.changes.map(\.pullRequest) == [12, 11])
    }

    @Test func aLocalMergeOfTheDefaultBranchIsASyncAndReadsSquashMergesToo() throws {
        let merge = Fixture.commit("sync", parents: ["release", "s2"], subject: "Merge branch 'master' into release-1.0")
        let squashes = [
            Fixture.commit("s2", parents: ["s1"], subject: "fix: retry on conflict (#32)"),
            Fixture.commit("s1", parents: ["base"], subject: "Add topology support (#31)", author: "Carol Example"),
        ]
        let result = detector.detect(Fixture.range([merge], merged: ["sync": squashes]))
        #expect(result.changes.map(\.pullRequest) == [32, 31])
        #expect(result.changes.map(\.title) == ["Retry on conflict", "Add topology support"])
        #expect(result.changes.map(\.authors) == [["Alice Example"], ["Carol Example"]])
    }

    @Test func aMasterThatWasSyncedTwiceListsEachPullRequestOnce() throws {
        let second = Fixture.commit("h2", parents: ["h1", "m12"], subject: "Merge branch 'master' into update-1.0")
        let first = Fixture.commit("h1", parents: ["release", "m11"], subject: "Merge branch 'master' into update-1.0")
        let sync = Fixture.merge("sync", number: 50, from: "bob/update-1.0", title: "Update release 1.0 branch", parents: ["release", "h2"])
        let result = detector.detect(Fixture.range([sync], merged: ["sync": [second, first] + Self.main]))
        #expect(result.changes.map(\.pullRequest) == [12, 11])
    }

    @Test func aPullRequestTheMainlineAlreadyListsIsNotListedAgain() throws {
        let sync = Fixture.commit("sync", parents: ["pick", "m12"], subject: "Merge branch 'master' into release-1.0")
        let pick = Fixture.commit("pick", parents: ["release"], subject: "Fix the snapshot leak (#12)")
        let result = detector.detect(Fixture.range([sync, pick], merged: ["sync": Self.main]))
        #expect(result.changes.map(\.pullRequest) == [11, 12])
        #expect(result.changes.last?.commit == pick.sha)
    }

    @Test func aFeaturePullRequestThatMergedMainIsOneChange() throws {
        let mainMerge = Fixture.commit("x", parents: ["fa", "m12"], subject: "Merge branch 'main' into feature")
        let work = Fixture.commit("fa", parents: ["base"], subject: "Add the feature")
        let feature = Fixture.merge("pr", number: 20, from: "alice/feature", title: "Add snapshot groups", parents: ["m12", "x"])
        // Main's PRs are reachable from the feature PR's first parent, so they are not what it merged.
        let range = Fixture.range([feature, Self.main[0], Self.main[2]], merged: [
            "pr": [mainMerge, work], "m12": [Self.main[1]], "m11": [Self.main[3]],
        ])
        let result = detector.detect(range)
        #expect(result.changes.map(\.pullRequest) == [20, 12, 11])
        #expect(result.changes[0].title == "Add snapshot groups")
    }

    /// `git subtree add` without --squash onto `parent`: the merge, then the foreign history with its own PR merge #250.
    static func vendoring(onto parent: String) -> [Commit] {
        [
            Fixture.commit("vend", parents: [parent, "u2"], subject: "Add 'release-tools/' from commit 'u2'"),
            Fixture.commit("u2", parents: ["u1", "u1b"], subject: "Merge pull request #250 from pohly/prow", body: "Update prow"),
            Fixture.commit("u1b", parents: ["u1"], subject: "Fix lint (#249)"),
            Fixture.commit("u1", parents: [], subject: "Initial commit"),
        ]
    }

    @Test func vendoredPullRequestsOnTheFarSideAreNeverOurs() throws {
        let sync = Fixture.merge("sync", number: 50, from: "org/master", title: "Update release 1.0 branch", parents: ["release", "vend"])
        let result = detector.detect(Fixture.range([sync], merged: ["sync": Self.vendoring(onto: "m12") + Self.main]))
        #expect(result.changes.map(\.pullRequest) == [12, 11])
    }

    @Test func aMergeWhoseOnlyPullRequestsAreVendoredIsOneChange() throws {
        let pr = Fixture.merge("pr", number: 40, from: "alice/vendor", title: "Vendor release-tools", parents: ["base", "vend"])
        let result = detector.detect(Fixture.range([pr], merged: ["pr": Self.vendoring(onto: "base")]))
        #expect(result.changes.map(\.pullRequest) == [40])
    }

    @Test func aBackportOfCherryPickedSquashesStaysOnePullRequest() throws {
        let picks = [Fixture.commit("b2", parents: ["b1"], subject: "Fix leak (#98)"), Fixture.commit("b1", subject: "Fix crash (#97)")]
        let backport = Fixture.merge("pr", number: 40, from: "alice/backport-fixes", title: "Backport fixes", parents: ["base", "b2"])
        #expect(detector.detect(Fixture.range([backport], merged: ["pr": picks])).changes.map(\.pullRequest) == [40])
    }

    @Test func aChangeAndItsRevertBroughtBySyncCancel() throws {
        let revertPR = Fixture.commit("f13", parents: ["m12"], subject: "Revert \"Add volume cloning\"")
        let revert = Fixture.merge("m13", number: 13, from: "carol/revert", title: "Revert \"Add volume cloning\"", parents: ["m12", "f13"])
        let sync = Fixture.commit("sync", parents: ["release", "m13"], subject: "Merge branch 'master' into release-1.0")
        let result = detector.detect(Fixture.range([sync], merged: ["sync": [revert, revertPR] + Self.main]))
        #expect(result.changes.map(\.pullRequest) == [12])
        #expect(result.excluded.map(\.pullRequest) == [13, 11])
    }

    @Test func ordinaryMergesAreNotSyncs() {
        let plain = [Fixture.commit("b", subject: "Fix the resizer")]
        let feature = Fixture.merge("pr", number: 7, from: "alice/x", title: "Fix the resizer", parents: ["base", "b"])
        #expect(SyncMerge(feature, merged: plain) == nil)
        #expect(SyncMerge(Fixture.commit("p", subject: "Direct push"), merged: []) == nil)
        let advisory = Fixture.commit("adv", parents: ["base", "s"], subject: "Merge commit from fork", body: "Fix a traversal")
        #expect(SyncMerge(advisory, merged: [Fixture.commit("s", subject: "Fix a traversal (#3)")]) == nil)
    }

    @Test func aSyncThatBroughtAnotherSyncListsThePullRequestsOfBoth() throws {
        let oldFix = Fixture.merge("m5", number: 5, from: "bob/old-fix", title: "Fix the old resizer", parents: ["r09", "f5"])
        let forward = Fixture.merge("m70", number: 70, from: "org/release-0.9", title: "Merge release-0.9 into master", parents: ["m12", "m5"])
        let sync = Fixture.commit("sync", parents: ["release", "m70"], subject: "Merge branch 'master' into release-1.0")
        let merged = [forward, oldFix, Fixture.commit("f5", parents: ["r09"], subject: "fix")] + Self.main
        let result = detector.detect(Fixture.range([sync], merged: ["sync": merged]))
        #expect(result.changes.map(\.pullRequest) == [5, 12, 11])
    }

    @Test func hostileNestingStopsAtAFixedDepth() {
        var merged: [Commit] = []
        for level in 0..<200 {
            let next = level == 199 ? "base" : "n\(level + 1)"
            merged.append(Fixture.commit("n\(level)", parents: ["s\(level)", next], subject: "Merge branch 'level-\(level)'"))
            merged.append(Fixture.commit("s\(level)", subject: "Fix level \(level) (#\(level + 1))"))
        }
        let sync = Fixture.commit("sync", parents: ["release", "n0"], subject: "Merge branch 'master' into release-1.0")
        let result = detector.detect(Fixture.range([sync], merged: ["sync": merged]))
        #expect(result.changes.count == SyncMerge.maximumDepth + 1)
        #expect(result.changes.last?.pullRequest == 1)
    }
}
