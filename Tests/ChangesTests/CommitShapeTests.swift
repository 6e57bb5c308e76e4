import GitHistory
import Testing
@testable import Changes

/// How a first-parent commit's subject and parent count say the change arrived.
@Suite struct CommitShapeTests {
    static func shape(_ subject: String, parents: Int = 1) -> CommitShape {
        let names = ["first", "second", "third"].prefix(parents)
        return CommitShape(Fixture.commit("c", parents: Array(names), subject: subject))
    }

    @Test(arguments: [
        ("Merge pull request #12 from alice/feature", 12, "alice", "feature"),
        ("Merge pull request #1234 from kubernetes-csi/dependabot/go_modules/golang.org/x/net-0.23.0", 1234,
         "kubernetes-csi", "dependabot/go_modules/golang.org/x/net-0.23.0"),
        ("Merge pull request #7 from pohly/release-1.2", 7, "pohly", "release-1.2"),
        ("Merge pull request #545 from k8s-infra-cherrypick-robot/cherry-pick-512-to-release-3.1", 545,
         "k8s-infra-cherrypick-robot", "cherry-pick-512-to-release-3.1"),
    ] as [(String, Int, String, String)])
    func pullRequestMerges(subject: String, number: Int, owner: String, branch: String) {
        #expect(Self.shape(subject, parents: 2) == .pullRequestMerge(number: number, owner: owner, branch: branch))
    }

    @Test(arguments: [
        ("Add widget (#12)", "Add widget", 12),
        ("Fix (#12) (#15)", "Fix (#12)", 15),
        ("feat(api): add cloning (#300)", "feat(api): add cloning", 300),
        ("Revert \"Add widget (#12)\" (#13)", "Revert \"Add widget (#12)\"", 13),
    ] as [(String, String, Int)])
    func squashMerges(subject: String, title: String, number: Int) {
        #expect(Self.shape(subject) == .squashMerge(title: title, number: number))
    }

    @Test func subtreeSquashesAndMerges() {
        #expect(Self.shape("Squashed 'release-tools/' changes from a..b")
            == .subtreeSquash(directory: "release-tools/", from: "a", to: "b"))
        #expect(Self.shape("Squashed 'release-tools/' changes from 0e1b6b6..ab3b5c6")
            == .subtreeSquash(directory: "release-tools/", from: "0e1b6b6", to: "ab3b5c6"))
        #expect(Self.shape("Squashed 'release-tools/' content from commit abc1234")
            == .subtreeSquash(directory: "release-tools/", from: "", to: "abc1234"))
        #expect(Self.shape("Merge commit 'abc' as 'release-tools'", parents: 2) == .subtreeMerge(directory: "release-tools"))
        #expect(Self.shape("Merge commit 'abc'", parents: 2) == .subtreeMerge(directory: nil))
    }

    @Test(arguments: [
        "Fix #12 crash in the parser",
        "Handle (#12) in the middle",
        "Fix crash (see #12)",
        "(#12)",
        "Add widget (#12a)",
        "Merge pull request #12 from alice/feature",  // one parent: a rebase of a merge, not a merge
        "Merge commit 'abc' as 'release-tools'",
    ])
    func plainSubjects(subject: String) {
        #expect(Self.shape(subject) == .plain)
    }

    @Test(arguments: [
        "Merge branch 'main' into feature",
        "Merge pull request #abc from alice/feature",
        "Merge pull request #12 into main",
        "Merge remote-tracking branch 'origin/release-1.2'",
    ])
    func otherMerges(subject: String) {
        #expect(Self.shape(subject, parents: 2) == .otherMerge)
    }

    @Test func octopusMergesAreMergesToo() {
        #expect(Self.shape("Merge pull request #9 from alice/x", parents: 3)
            == .pullRequestMerge(number: 9, owner: "alice", branch: "x"))
    }
}
