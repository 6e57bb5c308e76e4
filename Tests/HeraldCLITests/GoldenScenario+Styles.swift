import SampleRepositories
@testable import HeraldCLI

/// Scenarios for output styles: the Kubernetes release-notes layout and Keep a Changelog.
extension GoldenScenario {
    static let kubernetesStyle = GoldenScenario(name: "kubernetes-style", script: { repo in
        try repo.commit("Initial commit", files: [
            ".herald.yml": """
                repository: example/csi-driver
                notes:
                  style: kubernetes
                  documentation: https://example.github.io/docs
                """,
            "main.go": "v0\n",
            "go.mod": """
                module github.com/example/csi-driver

                go 1.24

                require (
                \tgithub.com/containerd/containerd/api v1.8.0
                \tgithub.com/kubernetes-csi/csi-lib-utils v0.22.0
                \tgolang.org/x/net v0.43.0
                \tgithub.com/Masterminds/sprig v2.22.0+incompatible // indirect
                \tgithub.com/alecthomas/units v0.0.0-20240626203959-b94a6e3b7c6b // indirect
                )
                """,
        ])
        try repo.tag("v1.0.0")
        try repo.branch("release-1.0")
        try repo.checkout("main")
        @discardableResult
        func pr(_ number: Int, _ title: String, owner: String, body: String) throws -> String {
            try repo.mergePR(number: number, title: title, body: body, branch: "topic-\(number)", owner: owner) { repo in
                try repo.commit(title, files: ["change-\(number).go": "\(number)\n"])
            }
        }
        let fix = try pr(10, "Fix topology cache corruption on retry", owner: "torredil", body: """
            /kind bug

            ```release-note
            Fixed a bug where retries could cause volumes to be provisioned in the wrong availability zone.
            ```
            """)
        try pr(11, "Enable Topology by default", owner: "huww98", body: """
            /kind feature

            ```release-note
            ACTION REQUIRED: Feature gate Topology is enabled by default. CSI drivers must report
            `VOLUME_ACCESSIBILITY_CONSTRAINTS` correctly.
            ```
            """)
        try pr(12, "Add the modify secret parameters", owner: "nixpanic", body: "/kind api-change\n\n```release-note\nA StorageClass can name the secret used to modify a volume.\n```")
        try pr(13, "Remove the HonorPVReclaimPolicy gate", owner: "carlory", body: "/kind cleanup")
        try pr(14, "Deflake the topology test", owner: "alice", body: "/kind flake\n\n```release-note\nNONE\n```")
        try pr(15, "Document the capacity controller", owner: "bob", body: "/kind documentation\n\n```release-note\nThe capacity controller has a user guide.\n```")
        try pr(16, "Record the lease design", owner: "carol", body: "/kind design\n\n```release-note\nThe lease design is recorded in docs/lease.md.\n```")
        try pr(17, "Retry on transient errors in e2e", owner: "dave-k", body: "/kind failing-test")
        try pr(18, "Controller internals", owner: "erin", body: "")
        try repo.squashPR(number: 19, title: "Bump golang.org/x/net from 0.43.0 to 0.51.0", files: ["go.mod": """
            module github.com/example/csi-driver

            go 1.25

            require (
            \tgithub.com/containerd/containerd/api v1.9.0
            \tgithub.com/kubernetes-csi/csi-lib-utils v0.22.0
            \tgithub.com/go-jose/go-jose/v4 v4.1.3
            \tgolang.org/x/net v0.51.0
            \tgithub.com/alecthomas/units v0.0.0-20250502150707-0f3dac36c52b // indirect
            \tcyphar.com/go-pathrs v0.2.3 // indirect
            )
            """], author: .dependabot)
        try repo.tag("v1.1.0")
        try repo.checkout("release-1.0")
        try repo.mergePR(number: 20, title: "[release-1.0] Fix topology cache corruption on retry", body: """
            Cherry pick of #10 on release-1.0.

            /kind bug

            ```release-note
            Fixed a bug where retries could cause volumes to be provisioned in the wrong availability zone.
            ```
            """, branch: "cherry-pick-10-to-release-1.0", owner: "k8s-infra-cherrypick-robot") { repo in
            try repo.cherryPick(fix)
        }
        try repo.tag("v1.0.1")
        try repo.checkout("main")
    }, runs: [
        .notes("notes-v1.1.0.md", to: "v1.1.0"), .notes("notes-v1.0.1.md", to: "v1.0.1"), .changelog("CHANGELOG.md"),
        .styled("notes-v1.1.0-standard.md", style: .standard, to: "v1.1.0"),
        .styled("notes-v1.1.0-keepachangelog.md", style: .keepachangelog, to: "v1.1.0"),
        .styledChangelog("CHANGELOG-keepachangelog.md", style: .keepachangelog),
        .releases("releases.txt"), .json("notes-v1.1.0.json", to: "v1.1.0"),
    ])

    /// The Kubernetes style from pull request labels and descriptions served by a loopback GitHub, as the CSI
    /// projects' notes are made: titles in git, kinds, notes and action-required in the pull requests.
    static let kubernetesMetadata = GoldenScenario(name: "kubernetes-metadata", script: { repo in
        try repo.commit("Initial commit", files: [
            ".herald.yml": "repository: kubernetes-csi/csi-driver\nnotes:\n  style: kubernetes\n  documentation: https://kubernetes-csi.github.io\n",
            "go.mod": "module github.com/kubernetes-csi/csi-driver\n\ngo 1.24\n\nrequire (\n\tk8s.io/api v0.34.0\n\tgithub.com/containerd/containerd/api v1.8.0\n\tgithub.com/Masterminds/goutils v1.1.1 // indirect\n\tgithub.com/alecthomas/units v0.0.0-20240626203959-b94a6e3b7c6b // indirect\n)\n",
        ])
        try repo.tag("v6.1.0")
        try repo.branch("release-6.1")
        try repo.checkout("main")
        let fix = try repo.squashPR(number: 1466, title: "Fix topology cache corruption on retry", files: ["topology.go": "1\n"], author: .alice)
        try repo.squashPR(number: 1167, title: "Enable the Topology feature gate by default", files: ["gates.go": "1\n"], author: .bob)
        try repo.squashPR(number: 1460, title: "Bump k8s dependencies", files: [
            "go.mod": "module github.com/kubernetes-csi/csi-driver\n\ngo 1.25\n\nrequire (\n\tk8s.io/api v0.35.2\n\tgithub.com/containerd/containerd/api v1.9.0\n\tgithub.com/Masterminds/semver/v3 v3.4.0 // indirect\n\tgithub.com/alecthomas/units v0.0.0-20250502150707-0f3dac36c52b // indirect\n)\n",
        ], author: .carol)
        try repo.squashPR(number: 1479, title: "Add changelog for 6.2", files: ["CHANGELOG.txt": "6.2\n"], author: .bob)
        try repo.tag("v6.2.0")
        try repo.checkout("release-6.1")
        try repo.squashPR(number: 1472, title: "[release-6.1] Fix topology cache corruption on retry", files: ["topology.go": "1\n"], author: .alice)
        try repo.tag("v6.1.1")
        try repo.checkout("main")
        _ = fix
    }, runs: [
        .notesWithMetadata("notes-v6.2.0.md", to: "v6.2.0", pulls: kubernetesPulls),
        .notesWithMetadata("notes-v6.1.1.md", to: "v6.1.1", pulls: kubernetesPulls),
    ])

    /// The pull requests of `kubernetesMetadata` as GitHub's GraphQL API answers them.
    static let kubernetesPulls: [Int: String] = [
        1466: #"{"number":1466,"title":"Fix topology cache corruption on retry","body":"/kind bug\n\n```release-note\nFixed a bug where retries could cause volumes to be provisioned in the wrong availability zone.\n```","updatedAt":"2026-01-02T00:00:00Z","mergedAt":"2026-01-02T00:00:00Z","author":{"login":"torredil"},"labels":{"nodes":[{"name":"kind/bug"},{"name":"release-note"}]}}"#,
        1167: #"{"number":1167,"title":"Enable the Topology feature gate by default","body":"```release-note\nFeature gate Topology is enabled by default.\n```","updatedAt":"2026-01-02T00:00:00Z","mergedAt":"2026-01-02T00:00:00Z","author":{"login":"huww98"},"labels":{"nodes":[{"name":"kind/feature"},{"name":"release-note-action-required"}]}}"#,
        1460: #"{"number":1460,"title":"Bump k8s dependencies","body":"```release-note\nBump k8s dependencies to v1.35.2\n```","updatedAt":"2026-01-02T00:00:00Z","mergedAt":"2026-01-02T00:00:00Z","author":{"login":"dfajmon"},"labels":{"nodes":[{"name":"kind/cleanup"}]}}"#,
        1479: #"{"number":1479,"title":"Add changelog for 6.2","body":"```release-note\nNONE\n```","updatedAt":"2026-01-02T00:00:00Z","mergedAt":"2026-01-02T00:00:00Z","author":{"login":"jsafrane"},"labels":{"nodes":[{"name":"release-note-none"}]}}"#,
        1472: #"{"number":1472,"title":"[release-6.1] Fix topology cache corruption on retry","body":"Cherry pick of #1466.\n\n```release-note\nFixed a bug where retries could cause volumes to be provisioned in the wrong availability zone.\n```","updatedAt":"2026-01-02T00:00:00Z","mergedAt":"2026-01-02T00:00:00Z","author":{"login":"torredil"},"labels":{"nodes":[{"name":"kind/bug"}]}}"#,
    ]
}
