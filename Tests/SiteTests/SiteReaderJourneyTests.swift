import Foundation
import Testing

/// The reader's questions, answered in a real browser: what changes between two versions, which release is the
/// latest, only the breaking changes, where a fix is described, and every page on a phone.
@Suite struct SiteReaderJourneyTests {
    @Test func aComparisonLeavesOutWhatTheOlderVersionShippedAsACherryPick() throws {
        let site = try ScenarioSite.folder.get()
        guard let browser = HeadlessChromium.locate() else { return ScenarioSite.missing("chromium") }
        // Pre-rendered: v1.2.0 lists #6, which v1.1.1 already shipped as a cherry-pick.
        let page = try browser.load(file: site.appendingPathComponent("components/server/compare/v1.1.1...v1.2.0.html"))
        #expect(page.scriptErrors.isEmpty, "\(page.scriptErrors)")
        let arrived = SiteReaderTests.between(page.dom, "<h1>", "<section class=\"already-shipped\"")
        #expect(arrived.contains("Add group snapshots") && arrived.contains("Recreate every snapshot class"), "\(arrived)")
        #expect(!arrived.contains("Fix crash on empty volume"), "the fix v1.1.1 shipped does not arrive again")
        #expect(SiteReaderTests.between(page.dom, "<h2 id=\"already-shipped\">", "</section>").contains("Fix crash on empty volume"))
        #expect(arrived.range(of: "Recreate every snapshot class")!.lowerBound < arrived.range(of: "Add group snapshots")!.lowerBound, "action required first")

        // The form compares any two versions from the index, with the same rule.
        let form = try browser.load(file: site.appendingPathComponent("components/server/compare.html"), query: "from=v1.1.1&to=v1.2.0")
        #expect(form.scriptErrors.isEmpty, "\(form.scriptErrors)")
        let result = SiteReaderTests.between(form.dom, "<div id=\"compare-result\"", "</div>")
        let kept = SiteReaderTests.between(result, "</p>", "<h3>Already in v1.1.1</h3>")
        #expect(kept.contains("Add group snapshots") && kept.contains("Recreate every snapshot class"), "\(result)")
        #expect(!kept.contains("Fix crash on empty volume"), "\(result)")
        #expect(result.contains("<h3>Already in v1.1.1</h3>"), "\(result)")
        #expect(result.contains("href=\"../../components/server/v1.2.0.html#pr-7\""), "each change links to its entry: \(result)")
    }

    @Test func theIndexMarksEachComponentsLatestReleaseNewestFirst() throws {
        let site = try ScenarioSite.folder.get()
        guard let browser = HeadlessChromium.locate() else { return ScenarioSite.missing("chromium") }
        let page = try browser.load(file: site.appendingPathComponent("index.html"))
        let rows = SiteReaderTests.releaseRows(page.dom)
        #expect(rows.count == 7)
        let listed: [String] = page.dom.components(separatedBy: "<li class=\"release-row").dropFirst().map { row in
            row.components(separatedBy: "</li>").first ?? row
        }
        let names = listed.map { Self.version(in: $0) }
        #expect(names.first == "server:v1.2.0", "\(names)")
        let latest = listed.filter { $0.contains("latest-release") }.map { Self.version(in: $0) }
        #expect(latest.sorted() == ["client:v1.1.0", "server:v1.2.0"], "\(latest)")
    }

    @Test func aFilteredURLShowsOnlyBreakingReleasesAndSurvivesAReload() throws {
        let site = try ScenarioSite.folder.get()
        guard let browser = HeadlessChromium.locate() else { return ScenarioSite.missing("chromium") }
        for load in 1...2 {
            let page = try browser.load(file: site.appendingPathComponent("index.html"), query: "breaking=1")
            #expect(page.scriptErrors.isEmpty, "\(page.scriptErrors)")
            let visible = SiteReaderTests.releaseRows(page.dom).filter { !$0.contains(" hidden") }
            #expect(visible.count == 1 && visible.first?.contains("data-breaking=\"true\"") == true, "load \(load): \(visible)")
            #expect(page.dom.contains("Showing 1 of 7 releases."), "load \(load)")
        }
        // Without a filter, nothing is hidden.
        let all = try browser.load(file: site.appendingPathComponent("index.html"))
        #expect(SiteReaderTests.releaseRows(all.dom).allSatisfy { !$0.contains(" hidden") })
    }

    @Test func searchFindsAWordOnlyInAReleaseNoteAndLandsOnTheEntry() throws {
        let site = try ScenarioSite.folder.get()
        guard let browser = HeadlessChromium.locate() else { return ScenarioSite.missing("chromium") }
        let page = try browser.load(file: site.appendingPathComponent("search.html"), query: "q=recreate")
        #expect(page.scriptErrors.isEmpty, "\(page.scriptErrors)")
        let results = SiteReaderTests.between(page.dom, "<ol id=\"search-results\"", "</ol>")
        #expect(results.contains("href=\"components/server/v1.2.0.html#pr-11\""), "\(results)")
        #expect(results.contains("<mark>Recreate</mark> every snapshot class"), "the match is highlighted: \(results)")
        #expect(page.dom.contains("1 result for"))
        let target = try browser.load(file: site.appendingPathComponent("components/server/v1.2.0.html"))
        #expect(target.dom.contains("<li id=\"pr-11\""), "the anchor exists")
    }

    @Test func docsNavigationFollowsFrontMatterWeights() throws {
        let site = try ScenarioSite.folder.get()
        guard let browser = HeadlessChromium.locate() else { return ScenarioSite.missing("chromium") }
        let page = try browser.load(file: site.appendingPathComponent("docs/myindex.html"))
        let nav = SiteReaderTests.between(page.dom, "<nav class=\"docs-nav\"", "</nav>")
        let titles = nav.components(separatedBy: "\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(titles == ["Storage", "Guide", "What is new", "Configuration reference", "My index"], "\(titles)")
        #expect(nav.contains("aria-current=\"page\">My index"))
        #expect(!page.dom.contains("weight: 2"), "front matter is never shown")
    }

    @Test func noPageOverflowsAPhoneScreenOrHasASeriousAccessibilityProblem() throws {
        let site = try ScenarioSite.folder.get()
        guard let browser = HeadlessChromium.locate() else { return ScenarioSite.missing("chromium") }
        let axe = AxeCore.locate()
        if axe == nil { ScenarioSite.missing("axe-core (axe-selenium-python)") }
        let pages = [
            "index.html", "search.html", "components/server/index.html", "components/server/v1.2.0.html",
            "components/server/v1.1.1.html", "components/server/unreleased.html", "components/server/compare.html",
            "components/server/compare/v1.1.1...v1.2.0.html", "docs/guide.html", "docs/reference/configuration.html",
        ]
        for file in pages {
            let options = HeadlessChromium.PageOptions(viewport: .phone(), checksOverflow: true, accessibilityChecker: axe)
            let page = try browser.load(file: site.appendingPathComponent(file), options: options)
            // Pictures on other hosts cannot load here; everything of the site's own must.
            let errors = page.scriptErrors.filter { !$0.description.contains("ERR_NAME_NOT_RESOLVED") }
            #expect(errors.isEmpty, "\(file): \(errors)")
            let overflow = try #require(page.horizontalOverflow)
            #expect(!overflow.overflows, "\(file): \(overflow)")
            let serious = (page.accessibilityViolations ?? []).filter { ["serious", "critical"].contains($0.impact) }
            #expect(serious.isEmpty, "\(file): \(serious.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test func theDarkThemeKeepsItsContrast() throws {
        let site = try ScenarioSite.folder.get()
        guard let browser = HeadlessChromium.locate() else { return ScenarioSite.missing("chromium") }
        guard let axe = AxeCore.locate() else { return ScenarioSite.missing("axe-core (axe-selenium-python)") }
        for file in ["index.html", "components/server/v1.2.0.html", "components/server/compare/v1.1.1...v1.2.0.html", "docs/guide.html"] {
            let options = HeadlessChromium.PageOptions(
                probes: ["background": "getComputedStyle(document.body).backgroundColor"], accessibilityChecker: axe, colorScheme: .dark
            )
            let page = try browser.load(file: site.appendingPathComponent(file), options: options)
            #expect(page.probes["background"] == "rgb(20, 24, 29)", "\(file) is dark: \(page.probes)")
            let contrast = (page.accessibilityViolations ?? []).filter { $0.id == "color-contrast" }
            #expect(contrast.isEmpty, "\(file): \(contrast.map(\.description).joined(separator: "\n"))")
        }
    }

    /// `server:v1.2.0`: the component and version of a release row.
    static func version(in row: String) -> String {
        let component = row.components(separatedBy: "data-component=\"").dropFirst().first?.prefix { $0 != "\"" } ?? ""
        let version = row.components(separatedBy: "<span class=\"version\">").dropFirst().first?.prefix { $0 != "<" } ?? ""
        return component + ":" + version
    }
}
