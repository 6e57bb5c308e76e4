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
