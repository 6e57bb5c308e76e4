import Foundation
import Testing

/// Tests of `NuHTMLChecker` on small sites written at test time: it must pass valid pages and style sheets and
/// report invalid ones with their lines, or the site tests that rely on it prove nothing.
///
/// They skip with a note when Java or `vnu.jar` is missing, and fail instead when `HERALD_REQUIRE_SITE_TOOLS=1`.
@Suite struct NuHTMLCheckerTests: SiteToolingFixtures {
    @Test func nuCheckerPassesAValidPageAndReportsAnInvalidOneWithItsLines() throws {
        guard let checker = Self.nuChecker() else { return }
        let invalid = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Invalid</title></head>
            <body>
            <main><p>An image without alt: <img src="a.png"></p></main>
            <foo>not an element</foo>
            </body>
            </html>
            """
        // One folder for both, because each run of the checker costs a Java start of about three seconds.
        let site = try Self.makeSite([
            "index.html": Self.page(title: "Valid", body: "<main><h1 id=\"top\">Hello &amp; welcome</h1></main>"),
            "releases/1.0/index.html": invalid,
        ])
        defer { Self.remove(site) }
        let messages = try checker.check(folder: site)
        #expect(messages.allSatisfy { $0.file == "releases/1.0/index.html" }, "\(messages)")
        #expect(messages.contains { $0.line == 5 && $0.message.contains("alt") }, "\(messages)")
        #expect(messages.contains { $0.line == 6 && $0.message.contains("foo") }, "\(messages)")
    }

    @Test func nuCheckerRefusesAFolderWithoutPages() throws {
        guard let checker = Self.nuChecker() else { return }
        let site = try Self.makeSite(["style.css": "body { color: red; }"])
        defer { Self.remove(site) }
        #expect(throws: NuHTMLChecker.Failure.self) { try checker.check(folder: site) }
    }

    @Test func nuCheckerReportsAnInvalidStyleSheet() throws {
        guard let checker = Self.nuChecker() else { return }
        let site = try Self.makeSite([
            "assets/good.css": "body { margin: 0 auto; max-width: 60rem; }\na:hover { color: #0a7; }\n",
            "assets/bad.css": "body { margin: 0; }\n\np { colr: red; }\n",
        ])
        defer { Self.remove(site) }
        let messages = try checker.checkStyleSheets(folder: site)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.file == "assets/bad.css")
        #expect(messages.first?.line == 3)
    }
}
