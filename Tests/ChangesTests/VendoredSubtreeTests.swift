import GitHistory
import Testing
@testable import Changes

/// Vendored subtrees carry another repository's PR numbers, reverts and cherry-picks; none of them leak.
@Suite struct VendoredSubtreeTests {
    let detector = ChangeDetector()

    /// A squash body as `git subtree --squash` writes it, plus foreign lines that look like this repository's signals.
    static let foreignBody = """
        2222222 Merge pull request #123 from other/repo
        3333333 Revert "Add gadget"

        This reverts commit \(Fixture.sha("target")).
        Reverts kubernetes-csi/csi-release-tools#120
        (cherry picked from commit \(Fixture.sha("foreign")))

        git-subtree-dir: release-tools
        git-subtree-split: 2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
        """
    /// An ordinary change of this repository that the foreign lines name.
    static let target = Fixture.commit("target", subject: "Add gadget")
    static let squash = Fixture.commit(
        "squash", parents: [], subject: "Squashed 'release-tools/' changes from 1111111aaaa..2222222bbbb", body: foreignBody
    )

    @Test func aMainlineSubtreeMergeIsOneDependencyUpdate() throws {
        let merge = Fixture.commit("merge", parents: ["target", "squash"], subject: "Merge commit '\(Self.squash.sha)' as 'release-tools'")
        let range = Fixture.range([merge, Self.target], merged: ["merge": [Self.squash]])
        var asked: [String] = []
        let result = detector.detect(range) { asked.append($0); return nil }
        #expect(result.excluded.isEmpty, "foreign revert lines must not cancel this repository's changes")
        #expect(result.changes.count == 2)
        let change = try #require(result.changes.first)
        #expect(change.pullRequest == nil)
        #expect(change.title == "Update vendored release-tools/ from 1111111 to 2222222")
        #expect(change.kind == .dependency)
        #expect(!change.cherryPick)
        #expect(change.cherryPickOf.isEmpty)
        #expect(!change.breaking)
        #expect(asked.isEmpty)
        #expect(detector.referencedCommits(in: range).isEmpty)
        #expect(result.changes.last == detector.detect(Fixture.range([Self.target])).changes.first)
    }

    @Test func laterUpdatesAndFirstImports() throws {
        let update = Fixture.commit("merge", parents: ["target", "squash"], subject: "Merge commit '\(Self.squash.sha)'")
        let updated = try #require(detector.detect(Fixture.range([update], merged: ["merge": [Self.squash]])).changes.first)
        #expect(updated.title == "Update vendored release-tools/ from 1111111 to 2222222")
        let squashOnly = try #require(detector.detect(Fixture.range([Self.squash])).changes.first)
        #expect(squashOnly.title == "Update vendored release-tools/ from 1111111 to 2222222")
        #expect(squashOnly.pullRequest == nil)
        #expect(squashOnly.kind == .dependency)
        let first = Fixture.commit("first", parents: [], subject: "Squashed 'release-tools/' content from commit abc1234def")
        let firstMerge = Fixture.commit("fm", parents: ["base", "first"], subject: "Merge commit '\(first.sha)' as 'release-tools'")
        let imported = try #require(detector.detect(Fixture.range([firstMerge], merged: ["fm": [first]])).changes.first)
        #expect(imported.title == "Add vendored release-tools/ at abc1234")
    }

    @Test func anUnsquashedSubtreeMergeNamesOnlyTheFolder() throws {
        let foreignMerge = Fixture.commit("f2", parents: ["f1", "f1b"], subject: "Merge pull request #123 from other/repo", body: "Fix lint")
        let foreignFix = Fixture.commit("f1b", parents: ["f1"], subject: "Fix lint (#122)")
        let foreignRoot = Fixture.commit("f1", parents: [], subject: "Initial commit")
        let merge = Fixture.commit("merge", parents: ["base", "f2"], subject: "Merge commit 'f2' as 'release-tools'")
        let change = try #require(detector.detect(Fixture.range([merge], merged: ["merge": [foreignMerge, foreignFix, foreignRoot]])).changes.first)
        #expect(change.pullRequest == nil)
        #expect(change.title == "Update vendored release-tools")
        #expect(change.kind == .dependency)
    }

    @Test func aPullRequestThatUpdatesASubtreeKeepsOnlyItsOwnSignals() throws {
        let subtreeMerge = Fixture.commit("sub", parents: ["prep", "squash"], subject: "Merge commit '\(Self.squash.sha)'")
        let prep = Fixture.commit("prep", parents: ["target"], subject: "Prepare for the release-tools update")
        let merge = Fixture.merge("pr", number: 40, from: "alice/update-release-tools", title: "Update release-tools", parents: ["target", "sub"])
        let range = Fixture.range([merge, Self.target], merged: ["pr": [subtreeMerge, Self.squash, prep]])
        var asked: [String] = []
        let result = detector.detect(range) { asked.append($0); return nil }
        #expect(result.excluded.isEmpty)
        let change = try #require(result.changes.first)
        #expect(change.pullRequest == 40)
        #expect(change.title == "Update release-tools")
        #expect(!change.cherryPick)
        #expect(change.cherryPickOf.isEmpty)
        #expect(change.authors == ["@alice"])
        #expect(asked.isEmpty)
        #expect(detector.referencedCommits(in: range).isEmpty)
    }

    @Test func foreignAuthorsOfAnUnsquashedSubtreeDoNotBecomeThePullRequestsAuthors() throws {
        let foreignLogin = "1234+pohly@users.noreply.github.com"
        let foreignMerge = Fixture.commit("f2", parents: ["f1"], subject: "Merge pull request #123 from other/repo", email: foreignLogin)
        let foreignRoot = Fixture.commit("f1", parents: [], subject: "Fix lint", email: foreignLogin)
        let subtreeMerge = Fixture.commit("sub", parents: ["prep", "f2"], subject: "Merge commit 'f2' as 'release-tools'")
        let prep = Fixture.commit("prep", parents: ["target"], subject: "Prepare for the release-tools update")
        let merge = Fixture.merge("pr", number: 40, from: "alice/vendor-tools", title: "Vendor release-tools", parents: ["target", "sub"])
        let range = Fixture.range([merge], merged: ["pr": [subtreeMerge, foreignMerge, foreignRoot, prep]])
        let change = try #require(detector.detect(range).changes.first)
        #expect(change.pullRequest == 40)
        #expect(change.authors == ["@alice"], "pohly wrote commits of another repository, not of PR #40")
    }

    @Test func subtreeTitles() {
        #expect(SubtreeTitle(directory: "release-tools", from: "0e1b6b6aaaa", to: "ab3b5c6bbbb").text
            == "Update vendored release-tools/ from 0e1b6b6 to ab3b5c6")
        #expect(SubtreeTitle(directory: "release-tools/", from: "", to: "ab3b5c6bbbb").text == "Add vendored release-tools/ at ab3b5c6")
        let merge = Fixture.commit("m", parents: ["a", "b"], subject: "Merge commit 'b'")
        #expect(SubtreeTitle(merge: merge, merged: [], directory: nil).text == "Merge commit 'b'")
        #expect(SubtreeTitle(merge: merge, merged: [], directory: "vendor/x").text == "Update vendored vendor/x")
    }
}
