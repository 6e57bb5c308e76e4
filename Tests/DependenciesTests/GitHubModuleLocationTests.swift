import Testing
@testable import Dependencies

@Suite struct GitHubModuleLocationTests {
    @Test(arguments: [
        ("github.com/containerd/containerd/api", "v1.8.0", "v1.9.0",
         "https://github.com/containerd/containerd/compare/api/v1.8.0...api/v1.9.0"),
        ("github.com/kubernetes-csi/external-snapshotter/client/v8", "v8.2.0", "v8.4.0",
         "https://github.com/kubernetes-csi/external-snapshotter/compare/client/v8/v8.2.0...client/v8/v8.4.0"),
        ("github.com/go-jose/go-jose/v4", "v4.1.1", "v4.1.3", "https://github.com/go-jose/go-jose/compare/v4.1.1...v4.1.3"),
        ("github.com/alecthomas/units", "v0.0.0-20211218093645-b94a6e3cc137", "v0.0.0-20240927000941-0f3dac36c52b",
         "https://github.com/alecthomas/units/compare/b94a6e3...0f3dac3"),
        ("github.com/containerd/ttrpc", "v1.2.6", "v1.2.7", "https://github.com/containerd/ttrpc/compare/v1.2.6...v1.2.7"),
        ("github.com/docker/docker", "v20.10.0+incompatible", "v28.0.0+incompatible",
         "https://github.com/docker/docker/compare/v20.10.0...v28.0.0"),
    ])
    func linksComparisons(module: String, from: String, to: String, url: String) {
        #expect(GoModFile.compareURL(module: module, from: from, to: to) == url)
    }

    @Test(arguments: [
        ("github.com/go-openapi/testify/enable/yaml/v2", "v2.0.2", "https://github.com/go-openapi/testify/tree/enable/yaml/v2/v2.0.2"),
        ("github.com/go-openapi/swag/jsonutils/fixtures_test", "v0.25.4",
         "https://github.com/go-openapi/swag/tree/jsonutils/fixtures_test/v0.25.4"),
        ("github.com/Masterminds/sprig", "v2.22.0+incompatible", "https://github.com/Masterminds/sprig/tree/v2.22.0"),
        ("github.com/Masterminds/semver/v3", "v3.4.0", "https://github.com/Masterminds/semver/tree/v3.4.0"),
        ("github.com/foo/bar/v10", "v10.0.0", "https://github.com/foo/bar/tree/v10.0.0"),
        ("github.com/foo/bar/v1", "v1.0.0", "https://github.com/foo/bar/tree/v1/v1.0.0"),
        ("github.com/foo/bar/v02", "v2.0.0", "https://github.com/foo/bar/tree/v02/v2.0.0"),
        ("github.com/foo/bar/vx", "v2.0.0", "https://github.com/foo/bar/tree/vx/v2.0.0"),
    ])
    func linksTrees(module: String, version: String, url: String) {
        #expect(GoModFile.treeURL(module: module, version: version) == url)
    }

    @Test(arguments: [
        "golang.org/x/net", "cloud.google.com/go/compute/metadata", "github.com/only-owner", "github.com",
        "gitlab.com/a/b", "github.com/a/b)", "github.com/a/b/../c//d", "github.com//b", "example.com/github.com/a/b",
    ])
    func linksNothingElse(module: String) {
        #expect(GoModFile.treeURL(module: module, version: "v1.0.0") == nil)
        #expect(GoModFile.compareURL(module: module, from: "v1.0.0", to: "v1.1.0") == nil)
    }

    @Test func linksNoVersionGoWouldRefuse() {
        #expect(GoModFile.treeURL(module: "github.com/a/b", version: "v1.0.0](javascript:x)") == nil)
        #expect(GoModFile.compareURL(module: "github.com/a/b", from: "v1.0.0", to: "master") == nil)
    }

    @Test func keepsOwnerAndRepositoryAsWritten() throws {
        let location = try #require(GitHubModuleLocation(modulePath: "github.com/Masterminds/Sprig/nested/v3"))
        #expect(location.owner == "Masterminds")
        #expect(location.repository == "Sprig")
        #expect(location.tagPrefix == "nested/v3/")
        #expect(location.repositoryURL == "https://github.com/Masterminds/Sprig")
    }

    @Test(arguments: [
        ("example.com/a", true), ("gopkg.in/yaml.v3", true), ("a~b_c-d.e/f", true),
        ("", false), ("/a", false), ("a/", false), ("a//b", false), ("a b", false), ("a\"b", false), ("é/a", false),
    ])
    func checksModulePathCharacters(path: String, valid: Bool) {
        #expect(GoModulePath.isValid(path) == valid)
    }
}
