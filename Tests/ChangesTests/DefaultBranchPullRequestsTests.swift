import Testing
@testable import Changes

/// Originals found by title: exactly one earlier pull request of the default branch with the same words.
@Suite struct DefaultBranchPullRequestsTests {
    let index = DefaultBranchPullRequests([
        .init(pullRequest: 10, title: "fix: update csi release tools", time: 100),
        .init(pullRequest: 11, title: "Bump the k8s dependencies group", time: 100),
        .init(pullRequest: 12, title: "Bump the k8s dependencies group", time: 200),
        .init(pullRequest: 13, title: "Fix lease renewal after a restart (#13)", time: 300),
        .init(pullRequest: 14, title: "Fix", time: 100),
    ])

    @Test func oneEarlierPullRequestWithTheSameTitleIsTheOriginal() {
        #expect(index.sameTitle(as: "fix: update csi release tools", notAfter: 150) == 10)
        #expect(index.sameTitle(as: "Fix:   Update CSI release tools.", notAfter: 150) == 10, "case, spacing and a full stop do not matter")
        #expect(index.sameTitle(as: "fix lease renewal after a restart", notAfter: 300) == 13, "a trailing (#N) does not matter")
    }

    @Test func aLaterOrASharedOrAShortTitleLinksNothing() {
        #expect(index.sameTitle(as: "fix: update csi release tools", notAfter: 50) == nil, "a pick follows its original")
        #expect(index.sameTitle(as: "Bump the k8s dependencies group", notAfter: 500) == nil, "two pull requests share the title")
        #expect(index.sameTitle(as: "Bump the k8s dependencies group", notAfter: 150) == 11, "only one had landed by then")
        #expect(index.sameTitle(as: "Fix", notAfter: 500) == nil, "too short to identify a change")
        #expect(index.sameTitle(as: "Something else entirely", notAfter: 500) == nil)
    }
}
