import Testing
import Yams
@testable import Images

/// Reading Helm-style image mappings: the one-pass key look-up finds what Yams's own subscript finds.
@Suite struct ManifestScanYAMLTests {
    static let names = ["repository", "tag", "registry", "digest"]

    @Test(arguments: [
        "repository: a/b\ntag: v1\nregistry: r.io\ndigest: sha256:00\n",
        "'repository': a/b\n\"tag\": v1\n",
        "!!str repository: a/b\n!!int tag: 1\n",
        "!custom repository: a/b\n!!str tag: v2\n",
        "? repository\n: a/b\n[tag]: v1\n{registry: r}: x\n",
        "repository: [a, b]\ntag: {x: 1}\nregistry: ~\n",
        "other: 1\nimage: x\n",
        "tag: &t v1\nrepository: *t\n",
        "!!str tag: v1\n!!int tag: 2\n",
    ])
    func valuesAreWhatTheSubscriptFinds(yaml: String) throws {
        let node = try #require(try compose(yaml: yaml, .basic, .default, .utf8))
        let mapping = try #require(node.mapping)
        #expect(ManifestScan.values(of: Self.names, in: mapping) == Self.names.map { mapping[$0] })
    }

    @Test func aHelmMappingIsPinnedFromItsKeysInAnyOrder() {
        let yaml = "image:\n  digest: sha256:\(String(repeating: "a", count: 64))\n  tag: v1.2.0\n  repository: csi/driver\n  registry: registry.k8s.io\n"
        let scan = ManifestScanner().scan(file: "values.yaml", contents: yaml)
        #expect(scan.images.map(\.reference.description) == ["registry.k8s.io/csi/driver:v1.2.0@sha256:\(String(repeating: "a", count: 64))"])
    }
}
