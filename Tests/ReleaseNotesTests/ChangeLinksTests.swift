import Changes
import Testing
@testable import ReleaseNotes

/// Pull requests, commits and authors link to the forge; only names a login can have become profile links.
@Suite struct ChangeLinksTests {
    let links = ChangeLinks(repositoryURL: "https://github.com/kubernetes-csi/external-provisioner")

    @Test func linksPullRequestsCommitsAndLogins() {
        let change = Change(pullRequest: 1466, commit: "abc1234def", title: "Fix", authors: ["@torredil"])
        #expect(links.linkedReference(of: change)
            == "[#1466](https://github.com/kubernetes-csi/external-provisioner/pull/1466), [@torredil](https://github.com/torredil)")
        let direct = Change(pullRequest: nil, commit: "abc1234def", title: "Fix", authors: ["Carol Example"])
        #expect(links.linkedReference(of: direct)
            == "[abc1234](https://github.com/kubernetes-csi/external-provisioner/commit/abc1234def), Carol Example")
        #expect(links.profileURL(of: "@dependabot[bot]") == "https://github.com/apps/dependabot")
        #expect(links.hostURL == "https://github.com")
    }

    @Test(arguments: ["Carol Example", "@", "@-dash", "@a b", "@x](javascript:alert(1))", "@<script>", "@" + String(repeating: "a", count: 40)])
    func noProfileForWhatNoLoginIs(author: String) {
        #expect(links.profileURL(of: author) == nil)
    }

    @Test func aNameWithMarkupIsEscaped() {
        let change = Change(pullRequest: 3, commit: "abc", title: "Fix", authors: ["<img src=x>"])
        #expect(links.linkedReference(of: change).hasSuffix(", \\<img src=x>"), "a backslash keeps Markdown from reading it as HTML")
    }
}
