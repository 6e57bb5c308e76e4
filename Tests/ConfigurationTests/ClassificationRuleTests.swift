import HeraldSupport
import Changes
import Foundation
import Testing

/// Configured rules: every given condition must hold; paths match when any changed path matches any glob.
@Suite struct ClassificationRuleTests {
    /// The rules the tables use, built in the test so that a bad literal fails the test, not the process.
    enum Fixture: Sendable, CustomTestStringConvertible {
        case docs, bump, vendoredDocs

        var testDescription: String { "\(self)" }

        func rule() throws -> ClassificationRule {
            switch self {
            case .docs:
                ClassificationRule(kind: .documentation, paths: [try Glob("docs/**"), try Glob("*.md")])
            case .bump:
                ClassificationRule(kind: .dependency, title: try NSRegularExpression(pattern: "^(Bump|Update) .* from .* to "))
            case .vendoredDocs:
                ClassificationRule(
                    kind: .dependency,
                    title: try NSRegularExpression(pattern: "(?i)vendor"),
                    body: try NSRegularExpression(pattern: "^Signed-off-by:", options: [.anchorsMatchLines]),
                    paths: [try Glob("vendor/**")]
                )
            }
        }
    }

    @Test(arguments: [
        (.docs, "Anything", "", ["docs/a.md"], true),
        (.docs, "Anything", "", ["main.go", "README.md"], true),
        (.docs, "Anything", "", ["main.go"], false),
        (.docs, "Anything", "", [], false),
        (.bump, "Bump golang.org/x/net from 0.1.0 to 0.2.0", "", [], true),
        (.bump, "Update k8s from 1.29 to 1.30", "", ["go.mod"], true),
        (.bump, "Fix: bump timeout from 1s to 2s", "", [], false),
        (.vendoredDocs, "Update VENDOR tree", "text\nSigned-off-by: a", ["vendor/x/y.go"], true),
        (.vendoredDocs, "Update VENDOR tree", "text\nSigned-off-by: a", ["pkg/y.go"], false),
        (.vendoredDocs, "Update VENDOR tree", "no sign-off", ["vendor/x/y.go"], false),
        (.vendoredDocs, "Update tree", "Signed-off-by: a", ["vendor/x/y.go"], false),
    ] as [(Fixture, String, String, [String], Bool)])
    func matches(fixture: Fixture, title: String, body: String, paths: [String], expected: Bool) throws {
        #expect(try fixture.rule().matches(title: title, body: body, paths: paths) == expected)
    }

    @Test func aRuleWithoutConditionsMatchesNothing() {
        let rule = ClassificationRule(kind: .other)
        #expect(!rule.hasConditions)
        #expect(!rule.matches(title: "Anything", body: "", paths: ["a"]))
    }

    @Test func equalityComparesPatterns() throws {
        let same = ClassificationRule(kind: .dependency, title: try NSRegularExpression(pattern: "^(Bump|Update) .* from .* to "))
        #expect(try Fixture.bump.rule() == same)
        #expect(try Fixture.bump.rule() != ClassificationRule(kind: .cleanup, title: same.title?.expression))
        #expect(try Fixture.docs.rule().description == "documentation if paths [docs/**, *.md]")
    }
}

/// A catastrophic pattern costs a bounded time and is reported, never a silent "no match".
struct SlowPatternTests {
    @Test func aBacktrackingPatternIsCutShortRecordedAndThenSkipped() throws {
        let rule = ClassificationRule(kind: .feature, title: try NSRegularExpression(pattern: "^(a+)+$"))
        let title = String(repeating: "a", count: 40) + "b"
        let start = Date()
        for _ in 0..<60 { #expect(!rule.matches(title: title, body: "", paths: [])) }
        // 60 titles at ~0.5 s each took 29 s before; now five searches of 0.1 s, then the rule is skipped.
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(rule.timedOutSearches == 5)
        #expect(rule.matches(title: "aaa", body: "", paths: []) == false, "a rule that gave up stays off for the run")
    }

    @Test func aFastPatternStillMatchesAndRecordsNothing() throws {
        let rule = ClassificationRule(kind: .feature, title: try NSRegularExpression(pattern: "^feat"))
        #expect(rule.matches(title: "feature: x", body: "", paths: []))
        #expect(rule.timedOutSearches == 0)
    }
}
