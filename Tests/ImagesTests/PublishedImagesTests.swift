import Testing
import Versioning
@testable import Images

@Suite struct PublishedImagesTests {
    static func releases(_ tags: [String]) -> [Release] {
        tags.enumerated().compactMap { index, tag in
            let versionText = tag.split(separator: "/").last.map(String.init) ?? tag
            return SemanticVersion(parsing: versionText).map { Release(tag: tag, version: $0, commit: "c\(index)", time: index) }
        }
    }

    static let history = releases([
        "v2.5.0", "v3.0.0", "v3.0.1", "v3.1.0-rc1", "v3.1.0", "v3.1.1", "v3.1.2-rc.1", "v3.2.0-rc1", "v4.0.0-rc.1",
    ])

    @Test func floatingTagsFollowTheHighestStableReleaseOfEachSeries() {
        let floating = FloatingTag.resolve(releases: Self.history, canary: true)
        #expect(floating.map { "\($0.tag)=\($0.target)" } == [
            "canary=default branch",
            "v3=v3.1.1",        // not v3.2.0-rc1
            "v3.1=v3.1.1",      // not v3.1.2-rc.1
            "v3.0=v3.0.1",
            "v2=v2.5.0",
            "v2.5=v2.5.0",
        ])
    }

    @Test(arguments: [
        (["v3.2.0-rc1", "v3.2.0-rc2"], [String]()),                  // only pre-releases: no floating tag
        (["v1.0.0", "v1.1.0-rc1"], ["v1=v1.0.0", "v1.0=v1.0.0"]),   // the rc never becomes v1.1
        (["v0.3.0", "v0.3.1"], ["v0=v0.3.1", "v0.3=v0.3.1"]),
    ])
    func seriesWithPreReleases(tags: [String], expected: [String]) {
        let floating = FloatingTag.resolve(releases: Self.releases(tags), canary: false)
        #expect(floating.map { "\($0.tag)=\($0.target)" } == expected)
    }

    @Test func listsEveryReleaseUnderEveryNameNewestFirst() throws {
        let names = ["registry.k8s.io/sig-storage/csi-provisioner", "gcr.io/k8s-staging/csi-provisioner",
                     "registry.k8s.io/sig-storage/csi-provisioner"]
        let published = PublishedImages(names: names, releases: Self.releases(["client/v3.0.0", "client/v3.1.0-rc1", "client/v3.1.0"]),
                                        forms: ["vX.Y.Z", "vX", "vX.Y"].compactMap { ImageTagForm(form: $0) })
        #expect(published.images.map(\.name) == Array(names.prefix(2)))
        let image = try #require(published.images.first)
        #expect(image.references == [
            "registry.k8s.io/sig-storage/csi-provisioner:v3.1.0",
            "registry.k8s.io/sig-storage/csi-provisioner:v3.1.0-rc1",
            "registry.k8s.io/sig-storage/csi-provisioner:v3.0.0",
        ])
        #expect(image.floatingTags.map(\.tag) == ["v3", "v3.1", "v3.0"])
        #expect(image.floatingTags.map { image.reference(for: $0) }.first == "registry.k8s.io/sig-storage/csi-provisioner:v3")
        for reference in image.references { #expect(throws: Never.self) { try ImageReference(parsing: reference) } }
    }

    @Test func buildMetadataBecomesAValidTag() throws {
        let version = try #require(SemanticVersion(parsing: "v1.2.3+build.5"))
        #expect(PublishedImages.imageTag(for: version) == "v1.2.3_build.5")
    }

    @Test func onlyTheExactTagByDefaultAndEachFormUnderItsOwnRepository() throws {
        let releases = Self.releases(["v6.1.0", "v6.2.0", "v6.2.1", "v6.3.0-rc1"])
        let plain = try #require(PublishedImages(names: ["registry.k8s.io/sig-storage/csi-provisioner"], releases: releases).images.first)
        #expect(plain.floatingTags.isEmpty, "no floating tag a project did not say it pushes")
        #expect(plain.references.first == "registry.k8s.io/sig-storage/csi-provisioner:v6.3.0-rc1")
        // The CSI scheme: releases to production, canaries to staging.
        let forms = [
            ImageTagForm(form: "vX.Y.Z"), ImageTagForm(form: "canary", repository: "gcr.io/k8s-staging-sig-storage"),
            ImageTagForm(form: "X.Y-canary", repository: "gcr.io/k8s-staging-sig-storage"),
        ].compactMap { $0 }
        let csi = try #require(PublishedImages(names: ["registry.k8s.io/sig-storage/csi-provisioner"], releases: releases, forms: forms).images.first)
        #expect(csi.floatingTags.map { csi.reference(for: $0) } == [
            "gcr.io/k8s-staging-sig-storage/csi-provisioner:canary",
            "gcr.io/k8s-staging-sig-storage/csi-provisioner:6.3-canary",
            "gcr.io/k8s-staging-sig-storage/csi-provisioner:6.2-canary",
            "gcr.io/k8s-staging-sig-storage/csi-provisioner:6.1-canary",
        ])
        #expect(csi.floatingTags.map(\.target) == ["default branch", "release-6.3 branch", "release-6.2 branch", "release-6.1 branch"])
        #expect(ImageReferenceIndex(csi).references(of: try #require(SemanticVersion(parsing: "v6.2.1"))) == ["registry.k8s.io/sig-storage/csi-provisioner:v6.2.1"])
        let unprefixed = try #require(PublishedImages(names: ["x/y"], releases: releases, forms: [ImageTagForm(form: "X.Y.Z")].compactMap { $0 }).images.first)
        #expect(unprefixed.references.last == "x/y:6.1.0")
        #expect(ImageTagForm(form: "latest") == nil)
        #expect(ImageTagForm(form: "vcanary") == nil)
    }
}
