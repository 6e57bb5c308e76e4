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

    @Test func olderPerLineFilesBeginSectionsWithTheirComparisonAlone() throws {
        // CHANGELOG-1.2.md as external-provisioner wrote it before the Kubernetes tool: 1.2.1, then 1.2.0.
        let old = "# Changelog since v1.2.0\n\n## Other Notable Changes\n\n- A\n\n# Changelog since v1.1.0\n\n## Breaking Changes\n\n- B\n"
        let sections = ChangelogSections(text: old)
        #expect(sections.releases.isEmpty)
        #expect(sections.comparisons.map(\.base.description) == ["1.2.0", "1.1.0"])
        let v120 = try #require(SemanticVersion(parsing: "1.2.0"))
        #expect(sections.section(comparedWith: v120, in: old) == "# Changelog since v1.2.0\n\n## Other Notable Changes\n\n- A")
        // Under a release heading of its level, the comparison is part of that release's section.
        let new = "# Release notes for v2.1.0\n\n# Changelog since v2.0.4\n\n- C\n\n# Release notes for v2.0.4\n\n- D\n"
        let current = ChangelogSections(text: new)
        #expect(current.comparisons.isEmpty)
        #expect(current.section(of: try #require(SemanticVersion(parsing: "2.1.0")), component: nil, in: new) == "# Release notes for v2.1.0\n\n# Changelog since v2.0.4\n\n- C")
    }
}
