import HeraldSupport

/// The tree of the benchmark's monorepo: where its changes land, its README and its `.herald.yml`.
enum MonorepoText {
    /// The component whose tags carry a prefix, and that prefix.
    static let clientPrefix = "client/"

    /// The server's files: the main component's own code.
    static let server = [
        "server/cmd/server/main.go", "server/pkg/api/handlers.go", "server/pkg/api/handlers_test.go",
        "server/pkg/store/store.go", "server/pkg/store/migrations.go", "server/pkg/auth/tokens.go",
        "server/pkg/metrics/metrics.go", "server/go.mod", "server/go.sum", "server/Dockerfile",
    ]
    /// The client's files, released with `client/` tags.
    static let client = [
        "client/src/app.ts", "client/src/api/client.ts", "client/src/api/client.test.ts",
        "client/src/views/releases.tsx", "client/src/views/settings.tsx", "client/package.json",
        "client/package-lock.json", "client/README.md",
    ]
    /// Files both components are built from, so their changes belong to both.
    private static let shared = [
        "shared/proto/api.proto", "shared/schema/release.json", "shared/config/defaults.yaml",
        "shared/testdata/fixtures.json",
    ]
    /// Files no component owns.
    private static let docs = ["docs/index.md", "docs/operations.md", "docs/api.md"]

    /// A path for one change: about 45% server, 35% client, 17% shared and 3% documentation.
    static func path(_ random: inout DeterministicRandom) -> String {
        let area = random.weighted([(45, server), (35, client), (17, shared), (3, docs)])
        return random.pick(area)
    }

    /// The first commit's README.
    static let readme = "# Bench monorepo\n\nA server, its web client and the manifests that deploy them.\n"

    /// The configuration herald reads: two components, the server publishing an image pinned under `deploy/`.
    static let configuration = """
        project: bench-monorepo
        repository: example/bench-monorepo
        components:
          - name: server
            paths: ["server/**", "shared/**", "deploy/**"]
            images: ["\(DeployManifests.serverImage)"]
            manifests: ["deploy/**/*.yaml"]
          - name: client
            paths: ["client/**", "shared/**"]
            tagPrefix: \(clientPrefix)
        rules:
          - kind: documentation
            paths: ["docs/**"]
          - kind: dependency
            title: "^Bump .* from .* to "

        """

    /// The paths of the manifests each server release rewrites, for the floor's `git cat-file --batch`.
    static var manifestPaths: [String] {
        DeployManifests().files.map(\.path)
    }

    /// The changelog a release commit of `minor` writes, inside the component that releases it.
    static func changelog(for minor: PlannedMinor) -> String {
        let folder = minor.tagPrefix.isEmpty ? "server/" : minor.tagPrefix
        return "\(folder)CHANGELOG/CHANGELOG-\(minor.major).\(minor.minor).md"
    }
}
