import Foundation
import Testing

/// Tests of `HeadlessChromium` on small sites written at test time: it must run a page's scripts and report every
/// script error, a missing page and a hung script, and measure and check pages as it says, or the site tests that
/// rely on it prove nothing.
///
/// They skip with a note when Chromium (or axe-core) is missing, and fail instead when `HERALD_REQUIRE_SITE_TOOLS=1`.
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

    @Test func chromiumMeasuresHorizontalOverflowOnAPhoneScreen() throws {
        guard let chromium = Self.chromium() else { return }
        let site = try Self.makeSite([
            "wide.html": Self.phonePage(title: "Wide", body: """
                <p>Short text.</p>
                <div id="banner" class="hero wide" style="width: 1000px">Wide</div>
                """),
            "narrow.html": Self.phonePage(title: "Narrow", body: """
                <p>Short text that wraps on a phone.</p>
                <pre style="overflow-x: auto"><code style="display: block; width: 1000px">a long line scrolls in its box</code></pre>
                """),
            "unscaled.html": Self.page(title: "No viewport meta", body: "<p>Short text.</p>"),
        ])
        defer { Self.remove(site) }
        let options = HeadlessChromium.PageOptions(viewport: .phone(), checksOverflow: true)
        let wide = try #require(try chromium.load(file: site.appendingPathComponent("wide.html"), options: options)
            .horizontalOverflow)
        #expect(wide.overflows, "\(wide)")
        #expect(wide.viewportWidth == 390, "\(wide)")
        #expect(wide.scrollWidth >= 1000, "\(wide)")
        #expect(wide.elements.map(\.description) == ["div#banner.hero.wide (width 1000, right edge 1008)"], "\(wide)")
        let narrow = try #require(try chromium.load(file: site.appendingPathComponent("narrow.html"), options: options)
            .horizontalOverflow)
        #expect(!narrow.overflows && narrow.layoutWidth == 390, "\(narrow)")
        #expect(narrow.elements.isEmpty, "\(narrow)")
        // Without `width=device-width` a phone lays the page out 980 px wide and zooms out: too small to read.
        let unscaled = try #require(try chromium.load(file: site.appendingPathComponent("unscaled.html"), options: options)
            .horizontalOverflow)
        #expect(unscaled.overflows && unscaled.layoutWidth == 980, "\(unscaled)")
        let desktop = try #require(try chromium.load(
            file: site.appendingPathComponent("wide.html"), options: .init(checksOverflow: true)
        ).horizontalOverflow)
        #expect(desktop.viewportWidth > 390 && desktop.viewportWidth < 1000, "\(desktop)")
    }

    @Test func chromiumReturnsProbesAsStrings() throws {
        guard let chromium = Self.chromium() else { return }
        let site = try Self.makeSite([
            "index.html": Self.phonePage(title: "Probe", body: """
                <ul><li>a</li><li>b</li></ul>
                <script>setTimeout(() => document.body.dataset.ready = "yes", 1000);</script>
                """),
        ])
        defer { Self.remove(site) }
        let page = try chromium.load(file: site.appendingPathComponent("index.html"), options: .init(
            viewport: .phone(),
            probes: [
                "width": "String(window.innerWidth)",
                "String(document.documentElement.scrollWidth)": "String(document.documentElement.scrollWidth)",
                "items": "[...document.querySelectorAll('li')].map(item => item.textContent) // as JSON",
                "ready": "document.body.dataset.ready", "touch": "matchMedia('(pointer: coarse)').matches",
                "nothing": "window.nothing",
            ]
        ))
        #expect(page.probes == [
            "width": "390", "String(document.documentElement.scrollWidth)": "390", "items": "[\"a\",\"b\"]",
            "ready": "yes", "touch": "true", "nothing": "undefined",
        ])
        #expect(page.horizontalOverflow == nil && page.accessibilityViolations == nil)
        let failure = #expect(throws: HeadlessChromium.Failure.self) {
            try chromium.load(file: site.appendingPathComponent("index.html"), options: .init(probes: ["broken": "nothing.here"]))
        }
        #expect(failure?.reason.contains("the probe broken threw") == true, "\(String(describing: failure))")
    }

    @Test func axeReportsAnImageWithoutAltAndAButtonWithoutName() throws {
        guard let chromium = Self.chromium() else { return }
        guard let axe = AxeCore.locate() else { return ScenarioSite.missing("axe-core (PyPI axe-selenium-python)") }
        let image = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/%3E"
        let site = try Self.makeSite([
            "broken.html": Self.phonePage(title: "Broken", body: """
                <main><h1>Broken</h1><img id="logo" src="\(image)"><button class="copy"></button></main>
                """),
            // A timer that never stops must not keep axe from finishing.
            "clean.html": Self.phonePage(title: "Clean", body: """
                <main><h1>Clean</h1><img src="\(image)" alt="Logo"><button>Copy</button></main>
                <script>setInterval(() => document.body.dataset.ticks = Number(document.body.dataset.ticks ?? 0) + 1, 100);</script>
                """),
        ])
        defer { Self.remove(site) }
        let options = HeadlessChromium.PageOptions(viewport: .phone(), accessibilityChecker: axe)
        let broken = try chromium.load(file: site.appendingPathComponent("broken.html"), options: options)
        let violations = try #require(broken.accessibilityViolations)
        #expect(violations.map(\.id).sorted() == ["button-name", "image-alt"], "\(violations)")
        let imageAlt = violations.first { $0.id == "image-alt" }
        #expect(imageAlt?.nodes.map(\.target) == ["#logo"], "\(violations)")
        #expect(imageAlt?.nodes.first?.html.hasPrefix("<img id=\"logo\"") == true, "\(violations)")
        #expect(imageAlt?.impact == "critical" && imageAlt?.nodeCount == 1, "\(violations)")
        #expect(broken.scriptErrors.isEmpty, "\(broken.scriptErrors)")
        let clean = try chromium.load(file: site.appendingPathComponent("clean.html"), options: options)
        #expect(clean.accessibilityViolations == [], "\(clean.accessibilityViolations ?? [])")
        #expect(clean.scriptErrors.isEmpty, "\(clean.scriptErrors)")
    }

    /// `page(title:body:)` with `<meta name="viewport" content="width=device-width">`, as a phone-ready page has.
    private static func phonePage(title: String, body: String) -> String {
        page(title: title, body: body).replacingOccurrences(
            of: "<meta charset=\"utf-8\">",
            with: "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        )
    }
}
