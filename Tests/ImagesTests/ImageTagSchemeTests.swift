import Testing
@testable import Images

/// Under the product scheme, pinned tags order by app version, revision and build, and changes say which level moved.
@Suite struct ImageTagSchemeTests {
    @Test func productTagsOrderAndNameTheLevelThatMoved() throws {
        let old = try ImageReference(parsing: "registry.suse.com/caasp/redis:2.6.2")
        let revised = try ImageReference(parsing: "registry.suse.com/caasp/redis:2.6.2-rev1")
        // SemVer reads -rev1 as a pre-release, older than 2.6.2; the product scheme reads it as the newer packaging.
        let semver = ImageDiff(base: [old], current: [revised])
        #expect(semver.changed.first?.level == nil)
        let product = ImageDiff(base: [old], current: [revised], scheme: .product)
        #expect(product.changed.first?.level == .imageRevision)
        #expect(product.summaries == ["redis 2.6.2 → 2.6.2-rev1 (new image revision)"])
        #expect(ImageTagScheme.product.precedes("2.6.2-rev1-b5", "2.6.2-rev1-b5.1") == true)
        #expect(ImageTagScheme.product.precedes("2.6.2-rev2", "2.6.2-rev1-b9") == false)
        #expect(ImageTagScheme.product.level(from: "2.6.2-rev1-b5", to: "2.7.0") == .appVersion)
        #expect(ImageTagScheme.product.level(from: "latest", to: "2.7.0") == nil, "a tag the scheme cannot read names no level")
        #expect(ImageTagScheme.semver.level(from: "2.6.2", to: "2.7.0") == nil)
    }
}
