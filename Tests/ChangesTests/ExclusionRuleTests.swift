import HeraldSupport
import Changes
import Foundation
import Testing

/// `exclude` rules: every given condition must hold; paths match only when every changed path matches.
@Suite struct ExclusionRuleTests {
    static let bump = Change(pullRequest: 7, commit: "c7", title: "Bump golang.org/x/net from 0.1.0 to 0.2.0", authors: ["@dependabot[bot]"])
    static let changelog = Change(pullRequest: 8, commit: "c8", title: "Add changelog for 6.2", authors: ["Jane Doe"])

    @Test func titleAuthorAndLabelConditions() throws {
        let title = ExclusionRule(title: try NSRegularExpression(pattern: "^Add changelog"))
        #expect(title.matches(Self.changelog, labels: [], paths: []))
        #expect(!title.matches(Self.bump, labels: [], paths: []))
        // Authors compare without `@` and without case.
        #expect(ExclusionRule(author: "Dependabot[bot]").matches(Self.bump, labels: [], paths: []))
        #expect(ExclusionRule(author: "@jane doe").matches(Self.changelog, labels: [], paths: []))
        #expect(!ExclusionRule(author: "dependabot").matches(Self.bump, labels: [], paths: []))
        // Labels compare exactly, and match nothing where no labels were read.
        let label = ExclusionRule(label: "skip-changelog")
        #expect(label.matches(Self.bump, labels: ["kind/cleanup", "skip-changelog"], paths: []))
        #expect(!label.matches(Self.bump, labels: ["Skip-Changelog"], paths: []))
        #expect(!label.matches(Self.bump, labels: [], paths: []))
    }

    @Test(arguments: [
        (["docs/a.md"], true),
        (["docs/a.md", "README.md"], true),
        (["docs/a.md", "main.go"], false),
        ([], false),
    ] as [([String], Bool)])
    func pathsMustAllMatch(paths: [String], expected: Bool) throws {
        let rule = ExclusionRule(paths: [try Glob("docs/**"), try Glob("*.md")])
        #expect(rule.matches(Self.changelog, labels: [], paths: paths) == expected)
    }

    @Test func everyGivenConditionMustHold() throws {
        let rule = ExclusionRule(title: try NSRegularExpression(pattern: "^Bump "), author: "dependabot[bot]", paths: [try Glob("go.*")])
        #expect(rule.matches(Self.bump, labels: [], paths: ["go.mod", "go.sum"]))
        #expect(!rule.matches(Self.bump, labels: [], paths: ["go.mod", "vendor/x.go"]))
        var renamed = Self.bump
        renamed.authors = ["@renovate[bot]"]
        #expect(!rule.matches(renamed, labels: [], paths: ["go.mod"]))
        // A rule without conditions leaves nothing out.
        #expect(!ExclusionRule().hasConditions)
        #expect(!ExclusionRule(reason: "noise").matches(Self.bump, labels: [], paths: ["go.mod"]))
    }

    @Test func reasonsNameTheRule() throws {
        let title = ExclusionRule(title: try NSRegularExpression(pattern: "^Add changelog"), label: "docs")
        #expect(title.reason(index: 0) == "excluded by exclude[0] (title /^Add changelog/, label docs)")
        let own = ExclusionRule(author: "@dependabot[bot]", paths: [try Glob("go.*")], reason: "dependency bump")
        #expect(own.reason(index: 2) == "dependency bump (exclude[2])")
        #expect(own.description == "exclude if author @dependabot[bot], paths [go.*]")
    }

    @Test func aSlowTitlePatternCountsAsNoMatch() throws {
        let rule = ExclusionRule(title: try NSRegularExpression(pattern: "^(a+)+$"))
        var hostile = Self.bump
        hostile.title = String(repeating: "a", count: 40) + "!"
        #expect(!rule.matches(hostile, labels: [], paths: []))
        #expect(rule.timedOutSearches == 1)
    }
}
