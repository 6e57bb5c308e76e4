import HeraldSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SampleRepositories
@testable import Site
import SiteTestSupport
import Testing

/// Pull request titles that would break the feed, load a stranger's picture, or blow the site up in size.
@Suite struct SiteHostileTitleTests {
    /// A repository whose second release has one pull request titled `title`, and its site.
    static func site(title: String, _ name: String) throws -> (SiteFolder, LibrarySite) {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        try repository.commit("Initial commit", files: ["main.go": "v0\n"])
        try repository.tag("v1.0.0")
        try repository.squashPR(number: 2, title: title, files: ["fix.go": "fix\n"])
        try repository.tag("v1.1.0")
        let output = SiteFolder.temporary(name) + "/_site"
        let result = try LibrarySite.build(repo: repository.path, output: output, baseURL: "https://example.github.io/p/")
        return (SiteFolder(path: output), result)
    }

    @Test func charactersXMLForbidsAreLeftOutOfTheFeed() throws {
        // git re-encodes such a commit message, so the title comes the way GitHub's API would give it.
        let repository = try ScratchRepository()
        defer { repository.remove() }
        try repository.commit("Initial commit", files: ["main.go": "v0\n"])
        try repository.tag("v1.0.0")
        try repository.squashPR(number: 2, title: "Fix names", files: ["fix.go": "fix\n"])
        try repository.tag("v1.1.0")
        let scope = try LibraryProject.load(repo: repository.path)
        var history = try scope.histories()[0]
        var releases = try history.allNotes()
        releases[0].changes[0].title = "Fix \u{FFFE}odd\u{FFFF} bytes\u{01} in names"
        let content = SiteContent(
            title: "Odd\u{FFFF} site", baseURL: "https://example.github.io/p\u{FFFE}/", repositoryURL: "https://github.com/o/r\u{FFFF}",
            components: [SiteComponent(name: nil, releases: releases)]
        )
        let files = try SiteBuilder(content: content, templates: try SiteTemplates.load(folder: nil), notes: try scope.renderer(templates: nil)).build()
        let feed = files["feed.xml"] ?? Data()
        let problems = AtomFeedChecker.problems(inFeed: feed)
        #expect(problems.isEmpty, "\(problems)")
        #expect(String(decoding: feed, as: UTF8.self).contains("Fix odd bytes in names"))
        for forbidden in ["\u{FFFE}", "\u{FFFF}", "\u{01}"] {
            #expect(feed.range(of: Data(forbidden.utf8)) == nil, "feed.xml holds U+\(String(forbidden.unicodeScalars.first?.value ?? 0, radix: 16))")
        }
        #expect(XMLParser(data: files["sitemap.xml"] ?? Data()).parse())
    }

    @Test func aRemotePictureInATitleLoadsNothing() throws {
        let (site, _) = try Self.site(title: "Fix ![x](https://evil.example/p.png) bug", "remote-picture")
        for file in site.files where !file.hasPrefix("assets/") {
            #expect(!site.text(file).contains("<img"), "\(file) has a picture")
            #expect(!site.text(file).contains("&lt;img"), "\(file) carries a picture in its feed content")
        }
        #expect(site.text("releases/v1.1.0.html").contains("<a href=\"https://evil.example/p.png\">x</a> bug"))
    }

    @Test func aRemotePictureInPublishedNotesIsALink() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        try repository.commit("Publish a picture", files: [
            "releases/server/v1.1.1.md": "## server v1.1.1\n\nSee ![the pixel](https://evil.example/p.png) and ![the diagram](docs/d.png).\n",
        ])
        let output = SiteFolder.temporary("published-picture") + "/_site"
        _ = try LibrarySite.build(repo: repository.path, output: output, baseURL: SiteScenario.baseURL)
        let page = SiteFolder(path: output).text("components/server/v1.1.1.html")
        #expect(page.contains("See <a href=\"https://evil.example/p.png\">the pixel</a> and"), "\(page)")
        #expect(!page.contains("<img src=\"https://evil.example"))
        #expect(page.contains("<img src=\"https://github.com/example/storage/raw/v1.1.1/docs/d.png\""), "the repository's own picture stays")
    }

    @Test func aHugeTitleIsCutWithAWarning() throws {
        let title = "Fix " + String(repeating: "everything ", count: 20_000)
        let (site, result) = try Self.site(title: title, "huge-title")
        let sizes = site.files.map { (file: $0, size: site.data($0).count) }
        for (file, size) in sizes where !file.hasPrefix("assets/") {
            #expect(size < 20_000, "\(file) is \(size) bytes")
        }
        #expect(site.searchIndexText.utf8.count < 6_000)
        let page = site.text("releases/v1.1.0.html")
        #expect(page.contains("everything everything…"), "cut between words, and said to be cut")
        let warnings = result.diagnostics.filter { $0.code == .longTitle }
        #expect(warnings.map(\.message) == ["v1.1.0: the title of #2 is longer than 1000 characters; the site shows the start of it"])
    }
}
