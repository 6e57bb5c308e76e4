import GitHistory
import Testing
@testable import Changes

/// Merges whose subject names a branch or a fork read their title and authors from their body and commits.
@Suite struct UntitledMergeTests {
    let detector = ChangeDetector()

    /// The one change of a range holding only `merge` (named "m") and what it brought in.
    func change(_ merge: Commit, merged: [Commit]) throws -> Change {
        try #require(detector.detect(Fixture.range([merge], merged: ["m": merged])).changes.first)
    }

    @Test func aSecurityAdvisoryMergeReadsItsBodyAndCreditsItsCommitsAuthors() throws {
        let fix = Fixture.commit("a", subject: "server: sanitize snapshot names", author: "Benjamin Wang", email: "benjamin@example.com")
        let merge = Fixture.commit(
            "m", parents: ["base", "a"], subject: "Merge commit from fork",
            body: "Fix a path traversal in the snapshot name\n\n```release-note\nSnapshot names cannot leave the data folder.\n```",
            author: "Release Bot", email: "bot@example.com"
        )
        let change = try change(merge, merged: [fix])
        #expect(change.title == "Fix a path traversal in the snapshot name")
        #expect(change.pullRequest == nil)
        #expect(change.authors == ["Benjamin Wang"])
        #expect(change.note == "Snapshot names cannot leave the data folder.")
    }

    @Test func aBranchMergeWithoutBodyTakesItsOneCommitsSubject() throws {
        let fix = Fixture.commit("a", subject: "Fix the resizer", author: "Carol Example", email: "carol@example.com")
        let merge = Fixture.commit("m", parents: ["base", "a"], subject: "Merge branch 'fix-x'", author: "Bob Example")
        let change = try change(merge, merged: [fix])
        #expect(change.title == "Fix the resizer")
        #expect(change.kind == .fix)
        #expect(change.authors == ["Carol Example"])
    }

    @Test func aBranchMergeOfSeveralCommitsKeepsItsSubject() throws {
        let commits = [
            Fixture.commit("a2", parents: ["a1"], subject: "Two", email: "9+carol@users.noreply.github.com"),
            Fixture.commit("a1", subject: "One", author: "Carol Example"),
        ]
        let merge = Fixture.commit("m", parents: ["base", "a2"], subject: "Merge branch 'fix-x' of github.com:org/repo")
        let change = try change(merge, merged: commits)
        #expect(change.title == "Merge branch 'fix-x' of github.com:org/repo")
        #expect(change.authors == ["@carol"])
    }

    @Test func aListHeadingInTheBodyIsNoTitle() throws {
        let fix = Fixture.commit("a", subject: "Fix the resizer")
        let merge = Fixture.commit("m", parents: ["base", "a"], subject: "Merge branch 'fix-x'", body: "Conflicts:\n\tmain.go")
        #expect(try change(merge, merged: [fix]).title == "Fix the resizer")
    }

    @Test func otherMergeSubjectsStayAsTheyAre() throws {
        let merge = Fixture.commit("m", parents: ["base", "a"], subject: "Merge tag 'v1.2.0'", body: "Release 1.2.0")
        let change = try change(merge, merged: [Fixture.commit("a", subject: "Release")])
        #expect(change.title == "Merge tag 'v1.2.0'")
        #expect(change.authors == ["Alice Example"])
    }

    @Test func aPullRequestMergeWithoutItsTitleReadsItsOneCommit() throws {
        let merge = Fixture.merge("m", number: 12, from: "kubernetes-csi/fix-resizer", title: "", parents: ["base", "a"])
        let fix = Fixture.commit("a", subject: "Fix the resizer", author: "Carol Example", email: "carol@example.com")
        let change = try change(merge, merged: [fix])
        #expect(change.title == "Fix the resizer")
        #expect(change.pullRequest == 12)
        #expect(change.authors == ["Carol Example"], "not the organisation that owns the branch")
    }

    @Test func aPullRequestMergeWithoutItsTitlePrefersLogins() throws {
        let merge = Fixture.merge("m", number: 12, from: "kubernetes-csi/fix-resizer", title: "", parents: ["base", "a2"])
        let commits = [
            Fixture.commit("a2", parents: ["a1"], subject: "Two", author: "Carol Example"),
            Fixture.commit("a1", subject: "One", email: "5+alice@users.noreply.github.com"),
        ]
        let change = try change(merge, merged: commits)
        #expect(change.title == "fix-resizer")
        #expect(change.authors == ["@alice"])
    }

    @Test func aPullRequestMergeWithNothingMergedCreditsTheOwner() throws {
        let merge = Fixture.merge("m", number: 12, from: "alice/fix-resizer", title: "", parents: ["base", "a"])
        let change = try change(merge, merged: [])
        #expect(change.title == "fix-resizer")
        #expect(change.authors == ["@alice"])
    }
}
