import Foundation
import SampleRepositories
import SiteTestSupport
import Testing

/// Untrusted pull request titles and bodies come out inert in every page, feed and script of the site.
@Suite struct SiteSafetyTests {
    @Test func injectedMarkupIsInertEverywhere() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let output = SiteFolder.temporary("safety") + "/_site"
        _ = try LibrarySite.build(repo: repository.path, output: output, baseURL: SiteScenario.baseURL)
        let site = SiteFolder(path: output)
        for file in site.files where !file.hasPrefix("assets/") {
            let text = site.text(file)
            if file.hasSuffix(".json") {
                // Release models are data: the text as written, parseable, with no raw markup characters at all.
                #expect(!text.contains("<") && !text.contains(">"), "\(file) has raw markup characters")
                #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(file) is not JSON")
                continue
            }
            #expect(!text.contains("<img src=x"), "\(file) has the injected <img>")
            #expect(text.range(of: "<[^>]*onerror", options: .regularExpression) == nil, "\(file) has a live onerror attribute")
            #expect(!text.contains("<script>alert"), "\(file) has a live script")
            #expect(!text.lowercased().contains("javascript:"), "\(file) keeps a javascript: link")
        }
        // The title still reads as written, escaped.
        let release = site.text("components/server/v1.1.0.html")
        #expect(release.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(release.contains("<code>&lt;b&gt;</code>"))
        let feed = site.text("feed.xml")
        #expect(feed.contains("&amp;lt;img src=x onerror=alert(1)&amp;gt;"), "feed content is HTML escaped once more as XML")
        #expect(site.searchIndexText.contains("\\u003cimg src=x onerror=alert(1)>"))
    }
}
