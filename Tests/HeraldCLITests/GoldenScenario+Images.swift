import Foundation
import SampleRepositories
@testable import HeraldCLI

/// Scenarios for container images: manifests read at each tag, combined releases, floating tags.
extension GoldenScenario {
    /// A deployment with two documents, a kustomization, Helm values and a patch, pinning `provisioner`.
    static func manifests(provisioner: String, attacher: String = "v4.5.0", extra: String = "") -> [String: String] {
        [
            "deploy/kubernetes/deployment.yaml": """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: csi-sample
                ---
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  template:
                    spec:
                      containers:
                        - name: csi-provisioner
                          image: registry.k8s.io/sig-storage/csi-provisioner:\(provisioner)
                        - name: csi-attacher
                          image: registry.k8s.io/sig-storage/csi-attacher:\(attacher)\(extra)
                """,
            "deploy/kustomize/kustomization.yaml": """
                images:
                  - name: csi-sample
                    newName: registry.k8s.io/sig-storage/csi-sample
                    newTag: \(provisioner)
                """,
            "deploy/helm/values.yaml": """
                snapshotter:
                  image:
                    repository: registry.k8s.io/sig-storage/csi-snapshotter
                    tag: v8.0.1
                """,
            "deploy/patches/sidecar.patch": """
                --- a/deploy/base.yaml
                +++ b/deploy/base.yaml
                @@ -1,3 +1,3 @@
                 containers:
                -  image: registry.k8s.io/sig-storage/livenessprobe:v2.11.0
                +  image: registry.k8s.io/sig-storage/livenessprobe:v2.12.0
                """,
        ]
    }

    static let manifestsConfiguration = """
        components:
          - name: csi-sample
            images: ["registry.k8s.io/sig-storage/csi-sample"]
            manifests: ["deploy/**/*.yaml", "deploy/**/*.patch"]
        """

    static let manifestsOnAReleaseBranch = GoldenScenario(name: "manifests-release-branch", script: { repo in
        try repo.commit("Initial commit", files: [".herald.yml": manifestsConfiguration].merging(manifests(provisioner: "v5.0.0")) { $1 })
        try repo.tag("v1.0.0")
        try repo.branch("release-1.0")
        try repo.squashPR(number: 2, title: "[release-1.0] Update csi-provisioner to v5.0.2", files: manifests(provisioner: "v5.0.2"), author: .alice)
        try repo.tag("v1.0.1")
        // A typo in a tag is reported with its file and line; the rest of the release is still read.
        try repo.squashPR(number: 3, title: "[release-1.0] Update attacher", files: manifests(provisioner: "v5.0.2", attacher: "v4.6.0+build"), author: .bob)
        try repo.tag("v1.0.2")
    }, runs: Run.both("notes-v1.0.1", to: "v1.0.1") + [
        .notes("notes-v1.0.2.md", to: "v1.0.2"), .images("images-v1.0.1.txt", at: "v1.0.1"),
        .images("images-v1.0.1.json", at: "v1.0.1", format: .json), .releases("releases.json", format: .json),
        // Last: it removes a blob, as a partial clone or a stripped large file would lack it.
        Run(file: "notes-v1.0.1-missing-blob.md") { repo in
            let blob = try repo.git("rev-parse", "v1.0.1:deploy/helm/values.yaml")
            try FileManager.default.removeItem(atPath: "\(repo.path)/.git/objects/\(blob.prefix(2))/\(blob.dropFirst(2))")
            return try NotesAction(repo: repo.path, to: "v1.0.1").run()
        },
    ])

    static let combinedRelease = GoldenScenario(name: "combined-release", script: { repo in
        try repo.commit("Initial commit", files: manifests(provisioner: "v4.0.1"))
        try repo.tag("v1.13.0")
        try repo.squashPR(number: 10, title: "Fix volume expansion", author: .alice)
        // Only a fix, but the deployment now pins a new major of a sidecar.
        try repo.squashPR(number: 11, title: "Update sidecars", files: manifests(provisioner: "v5.0.0", attacher: "v4.6.0"), author: .bob)
    }, runs: [.notes("notes.md"), .nextVersion("next-version.txt")])

    /// The seed's scheme, declared: `vX.Y.Z` with the floating `vX.Y` and `vX` and a `canary`.
    static let floatingTags = GoldenScenario(name: "floating-tags", script: { repo in
        try repo.commit("Initial commit", files: [".herald.yml": manifestsConfiguration + "\n    imageTags: [vX.Y.Z, vX.Y, vX, canary]\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add feature", author: .alice)
        try repo.tag("v1.1.0")
        try repo.squashPR(number: 2, title: "Fix bug", author: .bob)
        try repo.tag("v1.1.1")
        try repo.squashPR(number: 3, title: "Add another feature", author: .alice)
        try repo.tag("v1.2.0-rc1")
        try repo.tag("v2.0.0-rc1")
    }, runs: [.images("images.txt"), .images("images.json", format: .json)])

    /// The CSI projects' scheme: each release's exact tag in production, `canary` and `X.Y-canary` in staging; no
    /// floating `vX.Y` anywhere.
    static let publishedTags = GoldenScenario(name: "published-tags", script: { repo in
        try repo.commit("Initial commit", files: [".herald.yml": """
            components:
              - name: csi-provisioner
                images: ["registry.k8s.io/sig-storage/csi-provisioner"]
                imageTags:
                  - vX.Y.Z
                  - {form: canary, registry: gcr.io/k8s-staging-sig-storage}
                  - {form: X.Y-canary, registry: gcr.io/k8s-staging-sig-storage}
            """])
        try repo.tag("v6.1.0")
        try repo.squashPR(number: 1, title: "Add feature", author: .alice)
        try repo.tag("v6.2.0")
        try repo.squashPR(number: 2, title: "Fix bug", author: .bob)
        try repo.tag("v6.2.1")
        try repo.tag("v6.3.0-rc1")
    }, runs: [.images("images.txt"), .images("images.json", format: .json)])

    /// No configuration, and an example manifest that pins the project's own image at an old release, then at the
    /// latest: that is the project's own image, so a fix still suggests a patch release.
    static let ownImage = GoldenScenario(name: "own-image", script: { repo in
        func deployment(_ provisioner: String, _ attacher: String) -> [String: String] {
            ["deploy/kubernetes/deployment.yaml": """
                spec:
                  containers:
                    - name: csi-provisioner
                      image: registry.k8s.io/sig-storage/csi-provisioner:\(provisioner)
                    - name: csi-attacher
                      image: registry.k8s.io/sig-storage/csi-attacher:\(attacher)
                """]
        }
        try repo.commit("Initial commit", files: deployment("v3.3.0", "v4.6.0"))
        try repo.tag("v3.3.0")
        try repo.squashPR(number: 1, title: "Add capacity tracking", author: .alice)
        try repo.tag("v6.2.0")
        try repo.squashPR(number: 2, title: "Update the example deployment to v6.2.0", files: deployment("v6.2.0", "v4.6.1"), author: .bob)
        try repo.squashPR(number: 3, title: "Fix a nil pointer in the capacity controller", author: .carol)
    }, runs: [.notes("notes-unreleased.md"), .json("notes-unreleased.json"), .nextVersion("next-version.txt")])

    /// A deploy folder behind a symbolic link (`kubernetes-latest → kubernetes-1.35`), a manifest that is a link, a
    /// kustomize-style patch, and links that loop or leave the repository: followed within the tree, or refused.
    static let symlinkedDeploy = GoldenScenario(name: "symlinked-deploy", script: { repo in
        try repo.commit("Initial commit", files: [
            ".herald.yml": "components:\n  - name: hostpath\n    manifests: [\"deploy/**/*.yaml\", \"deploy/**/*.patch\"]\n",
            "deploy/kubernetes-1.35/hostpath/plugin.yaml": """
                containers:
                  - image: registry.k8s.io/sig-storage/hostpathplugin:v1.17.1
                  - image: registry.k8s.io/sig-storage/livenessprobe:v2.19.0
                """,
            "deploy/kubernetes-1.35/hostpath/snapshot-metadata.patch": """
                spec:
                  template:
                    spec:
                      containers:
                        - name: csi-snapshot-metadata
                          image: registry.k8s.io/sig-storage/csi-snapshot-metadata:v0.1.0
                """,
            "deploy/shared/attacher.yaml": "image: registry.k8s.io/sig-storage/csi-attacher:v4.12.0\n",
        ])
        let files = FileManager.default
        try files.createSymbolicLink(atPath: repo.path + "/deploy/kubernetes-latest", withDestinationPath: "kubernetes-1.35")
        try files.createSymbolicLink(atPath: repo.path + "/deploy/kubernetes-1.35/attacher.yaml", withDestinationPath: "../shared/attacher.yaml")
        try files.createSymbolicLink(atPath: repo.path + "/deploy/kubernetes-1.35/loop", withDestinationPath: "..")
        try files.createSymbolicLink(atPath: repo.path + "/deploy/outside", withDestinationPath: "../../etc")
        try repo.commit("Link the deploy folders", files: ["README.md": "Deploy with deploy/kubernetes-latest.\n"])
        try repo.tag("v1.18.0")
    }, runs: [.images("images.txt", at: "v1.18.0"), .images("images.json", at: "v1.18.0", format: .json)])

    /// A deploy folder that is itself a symbolic link at the repository's root (`deploy → manifests`), with the
    /// default manifest globs: the walk that starts at `deploy/` must still follow it.
    static let linkedDeployRoot = GoldenScenario(name: "linked-deploy-root", script: { repo in
        try repo.commit("Initial commit", files: [
            "manifests/plugin.yaml": "containers:\n  - image: registry.k8s.io/sig-storage/hostpathplugin:v1.17.1\n",
            "main.go": "package main\n",
        ])
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/deploy", withDestinationPath: "manifests")
        try repo.commit("Link deploy to manifests", files: ["README.md": "Deploy with deploy/.\n"])
        try repo.tag("v1.0.0")
        // A release without any deploy folder: nothing to read, no warning.
        try repo.git("rm", "-q", "deploy")
        try repo.commit("Drop the deploy link", files: ["README.md": "No deploy folder.\n"])
        try repo.tag("v1.1.0")
    }, runs: [.images("images-v1.0.0.txt", at: "v1.0.0"), .images("images-v1.1.0.txt", at: "v1.1.0")])

    /// Three-level product tags (`<app>-rev<N>-b<build>`): each pinned image change says which level moved, and only a
    /// new app version can move the suggested version past a patch.
    static let productTags = GoldenScenario(name: "product-tags", script: { repo in
        func manifest(_ postgres: String, _ redis: String, _ nginx: String) -> [String: String] {
            [".herald.yml": "components:\n  - name: caasp\n    imageTagScheme: product\n    manifests: [\"deploy/**/*.yaml\"]\n",
             "deploy/stack.yaml": """
                containers:
                  - image: registry.suse.com/caasp/postgres:\(postgres)
                  - image: registry.suse.com/caasp/redis:\(redis)
                  - image: registry.suse.com/caasp/nginx:\(nginx)
                """]
        }
        try repo.commit("Initial commit", files: manifest("10.6.0-rev1-b5.1", "5.0.3-rev1", "1.14.2"))
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Rebuild postgres, repackage redis, update nginx", files: manifest("10.6.0-rev1-b5.2", "5.0.3-rev2", "1.15.0"), author: .alice)
        try repo.tag("v1.0.1")
        try repo.squashPR(number: 2, title: "Repackage redis again", files: manifest("10.6.0-rev1-b5.2", "5.0.3-rev3", "1.15.0"), author: .bob)
    }, runs: [.notes("notes-v1.0.1.md", to: "v1.0.1"), .nextVersion("next-version.txt")])

    /// Image bumps explained by their upstreams: a clone of the attacher (a second scenario repository) and the
    /// resizer's published `releases.json`, read from the folder `--upstreams` names.
    static let upstreamDigest = GoldenScenario(name: "upstream-digest", script: { repo in
        func deployment(_ attacher: String, _ resizer: String) -> [String: String] {
            ["deploy/kubernetes/deployment.yaml": """
                containers:
                  - image: registry.k8s.io/sig-storage/csi-attacher:\(attacher)
                  - image: registry.k8s.io/sig-storage/csi-resizer:\(resizer)
                """]
        }
        try repo.commit("Initial commit", files: deployment("v4.8.0", "v1.9.0"))
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Bump the sidecars", files: deployment("v4.10.0", "v1.11.0"), author: .alice)
        try repo.tag("v1.1.0")
        let attacher = try ScratchRepository(path: repo.path + "/.git/upstreams/external-attacher")
        try attacher.commit("Initial commit", files: ["main.go": "v0\n"])
        try attacher.tag("v4.8.0")
        try attacher.squashPR(number: 501, title: "Fix a leaked watch", body: "/kind bug", files: ["watch.go": "1\n"], author: .bob)
        try attacher.squashPR(number: 502, title: "Drop the v1beta1 API", body: "```release-note\nACTION REQUIRED: the v1beta1 VolumeAttachment API is no longer served.\n```", files: ["api.go": "1\n"], author: .carol)
        try attacher.tag("v4.9.0")
        try attacher.squashPR(number: 503, title: "Add a metrics endpoint", body: "/kind feature", files: ["metrics.go": "1\n"], author: .alice)
        try attacher.tag("v4.10.0")
        try attacher.squashPR(number: 504, title: "Fix after v4.10.0", body: "/kind bug", files: ["late.go": "1\n"], author: .alice)
        try attacher.tag("v4.11.0")
        try FileManager.default.createDirectory(atPath: repo.path + "/.git/upstreams/external-resizer", withIntermediateDirectories: true)
        try Data(#"{"schemaVersion":1,"component":null,"releases":[{"version":"v1.11.0","changes":[{"kind":"fix","breaking":false,"title":"Fix resize of a raw block volume","note":null,"pullRequest":40}]},{"version":"v1.10.0","changes":[{"kind":"feature","breaking":false,"title":"Support VolumeAttributesClass","note":null,"pullRequest":38},{"kind":"fix","breaking":false,"title":"Retry on conflict","note":null,"pullRequest":39}]},{"version":"v1.10.0-rc1","changes":[]}]}"#.utf8)
            .write(to: URL(fileURLWithPath: repo.path + "/.git/upstreams/external-resizer/releases.json"))
    }, runs: [.notesWithUpstreams("notes-v1.1.0.md", to: "v1.1.0", upstreams: ".git/upstreams")])
}
