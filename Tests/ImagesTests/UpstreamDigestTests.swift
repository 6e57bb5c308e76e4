import Testing
import Versioning
@testable import Images

/// A digest counts each pull request once across the releases between two versions, and lists what users must do.
@Suite struct UpstreamDigestTests {
    static func release(_ version: String, _ changes: [UpstreamRelease.Change]) throws -> UpstreamRelease {
        UpstreamRelease(version: try #require(SemanticVersion(parsing: version)), changes: changes)
    }

    @Test func readsTheReleasesBetweenTwoVersions() throws {
        let fix = UpstreamRelease.Change(kind: "fix", breaking: false, text: "Fix a leak", pullRequest: 1)
        let releases = [
            try Self.release("v4.9.0", [fix, .init(kind: "feature", breaking: true, text: "Drop v1beta1", pullRequest: 2)]),
            try Self.release("v4.9.1", [fix]),
            try Self.release("v4.10.0-rc1", [.init(kind: "fix", breaking: false, text: "rc only", pullRequest: 3)]),
            try Self.release("v4.10.0", [.init(kind: "feature", breaking: false, text: "Metrics", pullRequest: 4)]),
            try Self.release("v4.11.0", [.init(kind: "fix", breaking: false, text: "Later", pullRequest: 5)]),
        ]
        let digest = try #require(UpstreamDigest(repository: "kubernetes-csi/external-attacher", releases: releases, from: "v4.8.0", to: "v4.10.0"))
        #expect(digest.versions == ["v4.9.0", "v4.9.1", "v4.10.0"])
        #expect(digest.counts == ["fix": 1, "feature": 2], "the fix picked into v4.9.1 counts once; pre-releases are left out")
        #expect(digest.actionRequired == ["Drop v1beta1"])
        #expect(digest.summary == "v4.9.0, v4.9.1 in between; 2 feature, 1 fix; action required: Drop v1beta1")
        #expect(UpstreamDigest(repository: "x/y", releases: releases, from: "v4.10.0", to: "v4.8.0") == nil)
        #expect(UpstreamDigest(repository: "x/y", releases: releases, from: "latest", to: "v4.10.0") == nil)
        #expect(UpstreamDigest(repository: "x/y", releases: releases, from: "v5.0.0", to: "v5.1.0") == nil)
    }
}
