import Testing
@testable import Site

/// Where links in docs pages and release notes lead.
@Suite struct SiteLinkPolicyTests {
    static let policy = SiteLinkPolicy(
        repositoryURL: "https://github.com/o/n", folder: "site",
        documentPaths: ["index.md", "guide.md", "reference/keys.md"], documentFiles: ["img/logo.png"]
    )
    static let guide = SiteDocument(path: "guide.md", folder: "site", markdown: "")
    static let keys = SiteDocument(path: "reference/keys.md", folder: "site", markdown: "")

    @Test func docsLinksBecomePagesAnchorsKept() {
        let fromGuide = Self.policy.rewriter(for: Self.guide, page: "docs/guide.html")
        #expect(fromGuide("reference/keys.md#site") == "reference/keys.html#site")
        #expect(fromGuide("img/logo.png") == "img/logo.png")
        #expect(fromGuide("#install") == "#install")
        #expect(fromGuide("https://example.com/a.md") == "https://example.com/a.md")
        #expect(fromGuide("mailto:a@example.com") == "mailto:a@example.com")
        let fromKeys = Self.policy.rewriter(for: Self.keys, page: "docs/reference/keys.html")
        #expect(fromKeys("../guide.md#install-1") == "../guide.html#install-1")
        #expect(fromKeys("/site/index.md") == "../index.html")
    }

    @Test func docsLinksOutsideTheFolderPointAtTheRepository() {
        let fromGuide = Self.policy.rewriter(for: Self.guide, page: "docs/guide.html")
        #expect(fromGuide("../README.md") == "https://github.com/o/n/blob/HEAD/README.md")
        #expect(fromGuide("../Makefile#L3") == "https://github.com/o/n/blob/HEAD/Makefile#L3")
        #expect(fromGuide("missing.md") == "https://github.com/o/n/blob/HEAD/site/missing.md")
        #expect(fromGuide("../../../etc/passwd") == nil, "a path above the repository is no link")
    }

    @Test func notesLinksPointAtTheFileAtTheTag() {
        let notes = Self.policy.rewriter(notesAt: "client/v1.2.0")
        #expect(notes("docs/upgrade.md#v2") == "https://github.com/o/n/blob/client/v1.2.0/docs/upgrade.md#v2")
        #expect(notes("https://example.com/x") == "https://example.com/x")
        #expect(notes("img/arch.png") == "https://github.com/o/n/raw/client/v1.2.0/img/arch.png", "pictures come raw, not as a page")
        let withoutHost = SiteLinkPolicy(repositoryURL: nil, folder: "site", documentPaths: [], documentFiles: []).rewriter(notesAt: "v1")
        #expect(withoutHost("docs/upgrade.md") == nil, "without a web host a repository path cannot be followed")
    }
}
