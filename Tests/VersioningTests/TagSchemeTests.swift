import Testing
@testable import Versioning

@Suite struct TagSchemeTests {
    @Test(arguments: ["v1.2.3", "v2.0.0-rc1", "v2.0.0-rc.2", "v1.0.0-alpha.1", "v3.0.0-beta"])
    func acceptsReleaseTags(_ name: String) {
        guard case .release = TagScheme().classify(name) else {
            Issue.record("\(name) should be a release")
            return
        }
    }

    @Test(arguments: [
        ("v5.0.0-rc2-webhook", "pre-release 'rc2-webhook'"),
        ("client/v6.0.0", "prefix 'client/' belongs to no configured component"),
        ("latest", "not a version tag"),
        ("base-image-refresh-2024-05", "not a version tag"),
        ("v1.2", "not a version tag"),
        ("1.4.0", "not a version tag"),                  // releases are tagged with a v
        ("v1.0.0-rc9999999999999999", "pre-release"),    // too large to count on from
        ("v99999999999999999999.0.0", "not a version tag"),
    ])
    func skipsOtherTagsWithAReason(name: String, reason: String) {
        guard case .skipped(let text) = TagScheme().classify(name) else {
            Issue.record("\(name) should be skipped")
            return
        }
        #expect(text.contains(reason), "\(text)")
    }

    @Test func prefixedComponentsOwnTheirTags() {
        let main = TagScheme(prefix: "", otherPrefixes: ["client/"])
        let client = TagScheme(prefix: "client/", otherPrefixes: [""])
        #expect(main.classify("client/v1.0.0") == .otherComponent)
        #expect(main.classify("v1.0.0") == .release(SemanticVersion(1, 0, 0)))
        #expect(client.classify("client/v1.0.0") == .release(SemanticVersion(1, 0, 0)))
        #expect(client.classify("v1.0.0") == .otherComponent)
    }
}
