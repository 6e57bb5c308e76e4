import Testing
@testable import ReleaseNotes

/// Images map to the repositories they are built from: explicit entries first, then the CSI convention.
@Suite struct ImageSourcesTests {
    @Test(arguments: [
        ("registry.k8s.io/sig-storage/csi-attacher", "kubernetes-csi/external-attacher"),
        ("registry.k8s.io/sig-storage/csi-provisioner", "kubernetes-csi/external-provisioner"),
        ("gcr.io/k8s-staging-sig-storage/csi-snapshotter", "kubernetes-csi/external-snapshotter"),
        ("registry.k8s.io/sig-storage/csi-node-driver-registrar", "kubernetes-csi/node-driver-registrar"),
        ("registry.k8s.io/sig-storage/livenessprobe", "kubernetes-csi/livenessprobe"),
        ("registry.k8s.io/sig-storage/csi-external-health-monitor-controller", "kubernetes-csi/external-health-monitor"),
        ("registry.k8s.io/sig-storage/hostpathplugin", "kubernetes-csi/csi-driver-host-path"),
    ])
    func followsTheCSIConvention(image: String, repository: String) {
        #expect(ImageSources().repository(of: image) == repository)
    }

    @Test func explicitEntriesWinAndTheConventionCanBeOff() {
        #expect(ImageSources().repository(of: "docker.io/library/nginx") == nil)
        #expect(ImageSources().repository(of: "registry.k8s.io/sig-storage/csi-") == nil)
        #expect(ImageSources().repository(of: "evil.example/sig-storage/csi-attacher") == nil, "only the CSI registries")
        let mapped = ImageSources(mapped: ["registry.k8s.io/sig-storage/csi-attacher": "me/attacher"], csiConvention: false)
        #expect(mapped.repository(of: "registry.k8s.io/sig-storage/csi-attacher") == "me/attacher")
        #expect(mapped.repository(of: "registry.k8s.io/sig-storage/csi-resizer") == nil)
    }
}
