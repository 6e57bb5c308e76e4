import Testing
@testable import Site

/// Page paths and the relative links between them.
@Suite struct SitePathsTests {
    @Test func pagesOfOneAndSeveralComponents() {
        let several = SitePaths(multiComponent: true)
        #expect(several.releasePage("server", version: "v1.2.0") == "components/server/v1.2.0.html")
        #expect(several.componentPage("client") == "components/client/index.html")
        #expect(several.feed("client") == "components/client/feed.xml")
        let one = SitePaths(multiComponent: false)
        #expect(one.releasePage(nil, version: "v1.2.0-rc.1") == "releases/v1.2.0-rc.1.html")
        #expect(one.unreleasedPage(nil) == "releases/unreleased.html")
    }

    @Test(arguments: [
        ("v1.0.0+build.5", "v1.0.0_build.5"), ("a b/c", "a-b-c"), (".hidden", "-hidden"), ("ünïcode", "-n-code"), ("ok-1.2_x", "ok-1.2_x"),
    ])
    func unsafeCharactersAreReplaced(_ name: String, _ safe: String) {
        #expect(SitePaths.safeName(name) == safe)
    }

    @Test func linksAreRelative() {
        #expect(SitePaths.root(of: "index.html") == "")
        #expect(SitePaths.root(of: "components/a/v1.html") == "../../")
        #expect(SitePaths.link(from: "components/a/v1.html", to: "components/a/v2.html") == "v2.html")
        #expect(SitePaths.link(from: "components/a/v1.html", to: "docs/guide.html") == "../../docs/guide.html")
        #expect(SitePaths.link(from: "docs/reference/keys.html", to: "docs/guide.html") == "../guide.html")
        #expect(SitePaths.link(from: "index.html", to: "docs/guide.html") == "docs/guide.html")
        #expect(SitePaths.documentPage("guide/install.md") == "docs/guide/install.html")
    }
}

extension SitePathsTests {
    @Test(arguments: [("what is new?.MD", "docs/what-is-new-.html"), ("guide/Install.md", "docs/guide/Install.html"), ("a/b.png", "docs/a/b.png")])
    func docsPathsAreSafeInURLs(_ path: String, _ page: String) {
        #expect(path.hasSuffix(".png") ? SitePaths.documentFile(path) == page : SitePaths.documentPage(path) == page)
    }
}
