import Foundation
import SiteTestSupport
import Testing

/// The scenario's site, built once and shared by the suites that only read it.
enum ScenarioSite {
    /// The built site's folder, or the error that stopped the build.
    static let folder: Result<URL, Error> = Result {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let output = SiteFolder.temporary("reader") + "/_site"
        _ = try LibrarySite.build(repo: repository.path, output: output, baseURL: SiteScenario.baseURL)
        return URL(fileURLWithPath: output, isDirectory: true)
    }

    /// Whether a missing browser or validator fails the tests (`make test` sets it after installing them).
    static var toolsAreRequired: Bool {
        ProcessInfo.processInfo.environment["HERALD_REQUIRE_SITE_TOOLS"] == "1"
    }

    /// Records a missing tool as a failure when tools are required, else prints that the test is skipped.
    static func missing(_ tool: String) {
        if toolsAreRequired {
            Issue.record("\(tool) is missing and HERALD_REQUIRE_SITE_TOOLS=1; run scripts/test-tools.sh")
        } else {
            print("note: skipped, \(tool) is missing; run scripts/test-tools.sh")
        }
    }
}
