import HeraldSupport
import Testing
@testable import Versioning

@Suite struct SemanticVersionTests {
    /// The precedence chain from SemVer 2.0.0 §11, plus the release-candidate forms projects use.
    @Test func precedenceFollowsTheSpecification() throws {
        let chain = [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1",
        ]
        let versions = try chain.map { try #require(SemanticVersion(parsing: $0)) }
        for (lower, higher) in zip(versions, versions.dropFirst()) {
            #expect(lower < higher, "\(lower) < \(higher)")
            #expect(!(higher < lower))
        }
        #expect(versions.shuffled().sorted() == versions)
    }

    @Test(arguments: [
        ("v2.0.0-rc.2", "v2.0.0-rc.10"),   // numeric identifiers compare as numbers
        ("v2.0.0-rc10", "v2.0.0-rc2"),     // rc10 is one alphanumeric identifier: ASCII order
        ("v2.0.0-rc.2", "v2.0.0-rc1"),     // "rc" < "rc1"
        ("v2.0.0-rc1", "v2.0.0"),
        ("v1.9.9", "v1.10.0"),
        ("v1.0.0-1", "v1.0.0-alpha"),      // numeric ranks below alphanumeric
    ])
    func ordersPairs(lower: String, higher: String) throws {
        let low = try #require(SemanticVersion(parsing: lower))
        let high = try #require(SemanticVersion(parsing: higher))
        #expect(low < high)
    }

    @Test func buildMetadataDoesNotAffectPrecedence() throws {
        let plain = try #require(SemanticVersion(parsing: "1.0.0"))
        let built = try #require(SemanticVersion(parsing: "1.0.0+20240101.sha.5114f85"))
        #expect(plain == built)
        #expect(!(plain < built) && !(built < plain))
        #expect(built.description == "1.0.0+20240101.sha.5114f85")
    }

    @Test(arguments: ["1.0", "1.0.0.0", "01.0.0", "1.0.0-", "1.0.0-01", "1.0.0-rc..1", "1.0.0+", "v", "", "1.0.0-rc_1", "x1.0.0"])
    func rejectsInvalidText(_ text: String) {
        #expect(SemanticVersion(parsing: text) == nil)
    }

    @Test func parsesPrefixAndPrerelease() throws {
        let version = try #require(SemanticVersion(parsing: "v2.0.0-rc.2"))
        #expect(version.major == 2 && version.minor == 0 && version.patch == 0)
        #expect(version.prerelease == [.alphanumeric("rc"), .numeric(2)])
        #expect(version.tagName == "v2.0.0-rc.2")
        #expect(version.isPrerelease)
        #expect(version.core == SemanticVersion(2, 0, 0))
    }

    @Test(arguments: [("v1.0.0", false), ("v1.0.0-rc1", true), ("v1.0.1+build-2", false), ("v2.0.0-rc.1+b-3", true)])
    func preReleasesAreTheVersionsWithAHyphenBeforeBuildMetadata(_ version: String, _ prerelease: Bool) {
        #expect(SemanticVersion(parsing: version)?.isPrerelease == prerelease)
    }
}

/// The byte-level parser against SemVer 2.0.0's own regular expression (its numbers capped at 15 digits), on random
/// texts built from the characters that matter, non-ASCII digits and a CR LF pair among them.
@Suite struct SemanticVersionParsingTests {
    private static let number = "(?:0|[1-9][0-9]{0,14})"
    private static let identifier = "(?:0|[1-9][0-9]{0,14}|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)"
    private static let pattern =
        "v?\(number)\\.\(number)\\.\(number)(?:-\(identifier)(?:\\.\(identifier))*)?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?"

    @Test func acceptsExactlyWhatTheSpecificationsExpressionMatches() throws {
        let reference = try Regex(Self.pattern).matchingSemantics(.unicodeScalar)
        // Versions' shapes with parts drawn from valid and invalid tokens, so the texts reach both answers often.
        let valid = ["0", "1", "9", "10", "rc", "rc1", "a-b", "Z", "999999999999999"]
        let tokens = valid + valid + valid + ["01", "", "é", "١", "\r\n", "_", "1234567890123456"]
        let separators = Array(repeating: ".", count: 12) + ["-", "+", ".."]
        var generator = DeterministicRandom(seed: 0x5E7E5)
        var accepted = 0
        func token() -> String { tokens.randomElement(using: &generator)! }
        func dotted(_ count: Int) -> String {
            (0..<count).map { _ in token() }.joined(separator: separators.randomElement(using: &generator)!)
        }
        for _ in 0..<20_000 {
            var text = (Bool.random(using: &generator) ? "v" : "") + dotted([2, 3, 3, 3, 3, 4].randomElement(using: &generator)!)
            if Bool.random(using: &generator) { text += "-" + dotted(Int.random(in: 1...3, using: &generator)) }
            if Int.random(in: 0..<4, using: &generator) == 0 { text += "+" + dotted(Int.random(in: 1...2, using: &generator)) }
            let parsed = SemanticVersion(parsing: text)
            let matches = try reference.wholeMatch(in: text) != nil
            #expect((parsed != nil) == matches, "\(text.debugDescription)")
            if let parsed {
                accepted += 1
                #expect(parsed.description == (text.hasPrefix("v") ? String(text.dropFirst()) : text))
            }
        }
        // The texts must reach the parser's accepting paths, or the comparison proves little.
        #expect(accepted > 100)
    }

    @Test func numbersBeyondFifteenDigitsAreRefused() {
        #expect(SemanticVersion(parsing: "1.0.999999999999999")?.patch == 999_999_999_999_999)
        #expect(SemanticVersion(parsing: "1.0.9999999999999999") == nil)
        #expect(SemanticVersion(parsing: "1.0.0-rc.9999999999999999") == nil)
    }
}
