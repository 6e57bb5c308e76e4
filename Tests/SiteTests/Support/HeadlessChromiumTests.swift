import Foundation
import Testing

/// Tests of `HeadlessChromium` on small sites written at test time: it must run a page's scripts and report every
/// script error, a missing page and a hung script, or the site tests that rely on it prove nothing.
///
/// They skip with a note when Chromium is missing, and fail instead when `HERALD_REQUIRE_SITE_TOOLS=1`.
@Suite struct HeadlessChromiumTests: SiteToolingFixtures {
    @Test func chromiumRunsScriptsWithTheQueryAndReportsNoErrorsOnACleanPage() throws {
        guard let chromium = Self.chromium() else { return }
        let site = try Self.makeSite([
            "search.html": Self.page(title: "Search", body: """
                <ul id="results"></ul>
                <script src="search-index.js"></script>
                <script>
                const query = new URLSearchParams(location.search).get("q") ?? "";
                for (const hit of searchIndex.filter(item => item.title.toLowerCase().includes(query))) {
                  const item = document.createElement("li");
                  item.textContent = hit.title;
                  document.getElementById("results").append(item);
                }
                setTimeout(() => document.body.dataset.settled = "yes", 2000);
                console.log("searched for", query);
                </script>
                """),
            "search-index.js": "const searchIndex = [{\"title\": \"CSI parser\"}, {\"title\": \"Other\"}];\n",
        ])
        defer { Self.remove(site) }
        let page = try chromium.load(file: site.appendingPathComponent("search.html"), query: "q=csi%20parser&from=test")
        #expect(page.scriptErrors.isEmpty, "\(page.scriptErrors)")
        #expect(page.dom.hasPrefix("<!DOCTYPE html>"))
        #expect(page.dom.contains("<li>CSI parser</li>"), "\(page.dom)")
        #expect(!page.dom.contains("<li>Other</li>"))
        #expect(page.dom.contains("data-settled=\"yes\""), "a timer within the virtual time budget did not run")
        #expect(page.consoleMessages == ["log: searched for csi parser"])
    }

    @Test func chromiumReportsAnUncaughtExceptionAndConsoleError() throws {
        guard let chromium = Self.chromium() else { return }
        let site = try Self.makeSite([
            "index.html": Self.page(title: "Broken", body: """
                <p id="out">before</p>
                <script>
                console.log("all is well");
                console.error("bad thing happened");
                document.getElementById("out").textContent = "after";
                throw new Error("boom");
                </script>
                <script>Promise.reject(new Error("nobody catches this"));</script>
                """),
        ])
        defer { Self.remove(site) }
        let page = try chromium.load(file: site.appendingPathComponent("index.html"))
        let errors = page.scriptErrors
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.contains { $0.kind == .consoleError && $0.message == "bad thing happened" }, "\(errors)")
        #expect(errors.contains { $0.kind == .uncaughtException && $0.message == "Uncaught Error: boom" && $0.line == 13 },
                "\(errors)")
        #expect(errors.contains { $0.kind == .uncaughtException && $0.message.contains("nobody catches this") }, "\(errors)")
        #expect(page.dom.contains("<p id=\"out\">after</p>"))
    }

    @Test func chromiumReportsAMissingScriptFile() throws {
        guard let chromium = Self.chromium() else { return }
        let site = try Self.makeSite([
            "index.html": Self.page(title: "Missing", body: "<script src=\"search-index.js\"></script>"),
        ])
        defer { Self.remove(site) }
        let page = try chromium.load(file: site.appendingPathComponent("index.html"))
        #expect(page.scriptErrors.map(\.kind) == [.browserError], "\(page.scriptErrors)")
        #expect(page.scriptErrors.first?.url?.hasSuffix("/search-index.js") == true)
    }

    @Test func chromiumFailsOnAMissingPageAndOnAHungScript() throws {
        guard var chromium = Self.chromium() else { return }
        chromium.timeout = 5
        let site = try Self.makeSite([
            "hang.html": Self.page(title: "Hang", body: "<script>while (true) {}</script>"),
        ])
        defer { Self.remove(site) }
        #expect(throws: HeadlessChromium.Failure.self) {
            try chromium.load(file: site.appendingPathComponent("missing.html"))
        }
        let started = Date()
        #expect(throws: HeadlessChromium.Failure.self) {
            try chromium.load(file: site.appendingPathComponent("hang.html"))
        }
        #expect(Date().timeIntervalSince(started) < 30)
    }
}
