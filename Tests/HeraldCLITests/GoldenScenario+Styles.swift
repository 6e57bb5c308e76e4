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
}
