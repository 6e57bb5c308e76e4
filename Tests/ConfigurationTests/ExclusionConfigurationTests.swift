import HeraldSupport
import Changes
import Configuration
import Foundation
import Testing

/// The `exclude` key: a list of rules read strictly, each with at least one condition.
@Suite struct ExclusionConfigurationTests {
    @Test func rulesParseInOrder() throws {
        let yaml = """
            exclude:
              - title: "^Add changelog"
              - author: "@dependabot[bot]"
                reason: dependency bump
              - label: skip-notes
              - paths: ["docs/**", "*.md"]
            """
        let configuration = try HeraldConfiguration(yaml: yaml, file: ".herald.yml")
        #expect(configuration.exclusions == [
            ExclusionRule(title: try NSRegularExpression(pattern: "^Add changelog")),
            ExclusionRule(author: "@dependabot[bot]", reason: "dependency bump"),
            ExclusionRule(label: "skip-notes"),
            ExclusionRule(paths: [try Glob("docs/**"), try Glob("*.md")]),
        ])
        #expect(configuration.needsChangedPaths, "a paths condition needs git log --name-only")
    }

    @Test func rulesWithoutPathsNeedNoChangedPaths() throws {
        let configuration = try HeraldConfiguration(yaml: "exclude:\n  - author: renovate[bot]\n", file: ".herald.yml")
        #expect(!configuration.needsChangedPaths)
        #expect(try HeraldConfiguration(yaml: "exclude: []\n", file: ".herald.yml") == .default)
    }

    @Test(arguments: [
        (
            "exclude:\n  - reason: noise\n",
            ".herald.yml:2: exclude[0]: an exclude rule needs at least one of title, author, label, paths; without one it would leave out every change"
        ),
        (
            "exclude:\n  - title: \"^Bump\"\n  - {}\n",
            ".herald.yml:3: exclude[1]: an exclude rule needs at least one of title, author, label, paths; without one it would leave out every change"
        ),
        (
            "exclude:\n  - title: \"^Bump\"\n    kind: dependency\n",
            ".herald.yml:3: exclude[0].kind: unknown key; known keys are title, author, label, paths, reason"
        ),
        (
            "exclude:\n  - title: \"(unclosed\"\n",
            ".herald.yml:2: exclude[0].title: invalid regular expression '(unclosed'; check its brackets, parentheses and escapes"
        ),
        (
            "exclude:\n  - author: \"\"\n",
            ".herald.yml:2: exclude[0].author: expected an author such as @dependabot[bot], found an empty string"
        ),
        (
            "exclude:\n  - paths: [\"docs/**.md\"]\n",
            ".herald.yml:2: exclude[0].paths[0]: \(Glob.SyntaxError.partialAnyDirectories("docs/**.md"))"
        ),
        (
            "exclude:\n  title: \"^Bump\"\n",
            ".herald.yml:1: exclude: expected a list of rules, found a mapping"
        ),
    ])
    func mistakesNameTheirPlace(yaml: String, message: String) {
        #expect(performing: { _ = try HeraldConfiguration(yaml: yaml, file: ".herald.yml") }, throws: { error in
            "\(error)" == message
        })
    }
}
