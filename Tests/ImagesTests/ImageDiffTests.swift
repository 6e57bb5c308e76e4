import Testing
@testable import Images

@Suite struct ImageDiffTests {
    static let hex64 = ImageReferenceTests.hex64

    func pinned(_ references: [String], file: String = "deploy/app.yaml") throws -> [PinnedImage] {
        try references.enumerated().map { index, text in
            PinnedImage(reference: try ImageReference(parsing: text), file: file, line: index + 1)
        }
    }

    @Test func reportsAddedRemovedAndChangedByName() throws {
        let base = try pinned([
            "registry.k8s.io/sig-storage/csi-snapshotter:v8.0.0",
            "registry.k8s.io/sig-storage/csi-provisioner:v5.0.1",
            "registry.k8s.io/sig-storage/csi-attacher:v4.6.0",
        ])
        let current = try pinned([
            "registry.k8s.io/sig-storage/csi-resizer:v1.11.0",
            "registry.k8s.io/sig-storage/csi-attacher:v4.6.0",
            "registry.k8s.io/sig-storage/csi-provisioner:v5.1.0",
        ]) + pinned(["registry.k8s.io/sig-storage/csi-provisioner:v5.1.0"], file: "deploy/other.yaml")
        let diff = ImageDiff(base: base, current: current)
        #expect(diff.added.map(\.description) == ["registry.k8s.io/sig-storage/csi-resizer:v1.11.0"])
        #expect(diff.removed.map(\.description) == ["registry.k8s.io/sig-storage/csi-snapshotter:v8.0.0"])
        #expect(diff.changed.map(\.name) == ["registry.k8s.io/sig-storage/csi-provisioner"])
        #expect(diff.changed.map(\.summary) == ["csi-provisioner v5.0.1 → v5.1.0"])
        #expect(diff.summaries == [
            "csi-provisioner v5.0.1 → v5.1.0",
            "csi-resizer v1.11.0 (added)",
            "csi-snapshotter v8.0.0 (removed)",
        ])
        #expect(!diff.isEmpty)
    }

    @Test func sameImagesInAnotherOrderAreNoChange() throws {
        let images = try pinned(["ubuntu:22.04", "registry.k8s.io/pause:3.9"])
        let diff = ImageDiff(base: images, current: images.reversed())
        #expect(diff.isEmpty)
        #expect(diff.summaries.isEmpty)
    }

    @Test(arguments: [
        ("quay.io/k8scsi/mock:v1.0.0", "quay.io/k8scsi/mock:v1.1.0-rc1", "mock v1.0.0 → v1.1.0-rc1"),
        ("ubuntu@sha256:\(hex64)", "ubuntu@sha256:\(String(hex64.reversed()))", "ubuntu sha256:0123456789ab → sha256:fedcba987654"),
        ("ubuntu:22.04@sha256:\(hex64)", "ubuntu:22.04@sha256:\(String(hex64.reversed()))",
         "ubuntu 22.04@sha256:0123456789ab → 22.04@sha256:fedcba987654"),
        ("ubuntu", "ubuntu:24.04", "ubuntu untagged → 24.04"),
    ])
    func summarisesAChange(from: String, to: String, summary: String) throws {
        let diff = ImageDiff(base: [try ImageReference(parsing: from)], current: [try ImageReference(parsing: to)])
        #expect(diff.changed.map(\.summary) == [summary])
    }

    @Test func pairsSeveralVersionsOfOneNameInVersionOrder() throws {
        let base = try ["app:v1.2.0", "app:v1.10.0"].map { try ImageReference(parsing: $0) }
        let current = try ["app:v1.3.0", "app:v1.11.0", "app:v2.0.0"].map { try ImageReference(parsing: $0) }
        let diff = ImageDiff(base: base, current: current)
        #expect(diff.changed.map(\.summary) == ["app v1.2.0 → v1.3.0", "app v1.10.0 → v1.11.0"])
        #expect(diff.added.map(\.description) == ["app:v2.0.0"])
        #expect(diff.removed.isEmpty)
    }
}
