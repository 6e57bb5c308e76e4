import Testing
import Versioning
@testable import ReleaseNotes

/// Release headings of every style are found; comparisons, code blocks and other headings are not releases.
@Suite struct ChangelogSectionsTests {
    @Test func findsReleasesOfEveryStyle() throws {
        let text = """
            # Changelog

            Some words about 9.9.9.

            # Release notes for 6.2.1

            # Changelog since 6.2.0

            ## v6.1.0 (2024-03-01)
            ## [1.1.0] - 2024-01-01
            ## [1.0.0](https://github.com/o/r/compare/v0.9.0...v1.0.0) (2023-01-01)
            ## server v0.9.0 (2022-01-01)
            ```
            # Release notes for 0.1.0
            ```
            ### Bug or Regression
            """
        let sections = ChangelogSections(text: text, components: ["server"])
        #expect(sections.releases.map(\.version.description) == ["6.2.1", "6.1.0", "1.1.0", "1.0.0", "0.9.0"])
        #expect(sections.releases.last?.component == "server")
        #expect(sections.firstHeadingOffset == "# Changelog\n\nSome words about 9.9.9.\n\n".utf8.count)
        #expect(sections.holds(try #require(SemanticVersion(parsing: "6.2.1")), component: nil))
        #expect(!sections.holds(try #require(SemanticVersion(parsing: "6.2.0")), component: nil), "named only as the base")
        #expect(!sections.holds(try #require(SemanticVersion(parsing: "0.1.0")), component: nil), "inside a code block")
        #expect(!sections.holds(try #require(SemanticVersion(parsing: "0.9.0")), component: "client"))
    }

    @Test func aFileWithoutReleasesTakesNewSectionsAtItsEnd() {
        #expect(ChangelogSections(text: "# Changelog\n").firstHeadingOffset == nil)
        #expect(ChangelogSections(text: "").releases.isEmpty)
    }
}
