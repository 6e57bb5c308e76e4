extension DemoRepository {
    /// From the initial commit to v1.0.0 on `main`.
    static func buildVersion1(_ repository: ScratchRepository) throws {
        try repository.commit("Initial commit", files: [
            "README.md": DemoFiles.readme(revision: 1),
            "LICENSE": "Apache License\nVersion 2.0, January 2004\n",
            "go.mod": DemoFiles.goModule(net: "0.17.0", grpc: "1.62.0"),
            "cmd/csi-sample-sidecar/main.go": DemoFiles.main(flags: ["csiAddress = flag.String(\"csi-address\", \"\", \"\")"]),
            "pkg/controller/controller.go": DemoFiles.controller(checksNil: false),
            "pkg/controller/events.go": DemoFiles.events(locked: false),
            "pkg/leaderelection/lease.go": DemoFiles.lease(name: "csi-sample-sidecar"),
            "deploy/kubernetes/deployment.yaml": DemoFiles.deployment("canary"),
        ])
        // Vendored CI scripts; their log names PRs of another repository, which must not be credited here.
        try repository.subtree(prefix: "release-tools", files: DemoFiles.releaseTools(revision: 1), foreignLog: """
        b2c6f3e Merge pull request #120 from pohly/prow-kind-update
        8e1f0d2 prow.sh: update kind to v0.20.0
        41d07aa Merge pull request #118 from xing-yang/go-1.21
        """)
        try repository.mergePR(number: 1, title: "Add snapshot controller", branch: "snapshot-controller", commits: [
            ("Add snapshot controller", ["pkg/controller/snapshot.go": DemoFiles.go("controller", "// Snapshot v1")]),
        ])
        try repository.squashPR(
            number: 2, title: "Add metrics for snapshot operations",
            body: "Exposes csi_sidecar_operations_seconds for CreateSnapshot and DeleteSnapshot calls.",
            files: ["pkg/metrics/metrics.go": DemoFiles.go("metrics", "// operations histogram")], author: .carol
        )
        try repository.squashPR(
            number: 3, title: "Update README", files: ["README.md": DemoFiles.readme(revision: 2)], author: .carol
        )
        try repository.mergePR(
            number: 4, title: "Bump golang.org/x/net from 0.17.0 to 0.23.0",
            branch: "dependabot/go_modules/golang.org/x/net-0.23.0", owner: "kubernetes-csi", author: .dependabot,
            commits: [(dependabotMessage("golang.org/x/net", from: "0.17.0", to: "0.23.0"),
                       ["go.mod": DemoFiles.goModule(net: "0.23.0", grpc: "1.62.0")])]
        )
        try repository.squashPR(number: 5, title: "Move flag parsing into cmd", body: """
        **What type of PR is this?**
        /kind cleanup

        **Does this PR introduce a user-facing change?**:
        ```release-note
        NONE
        ```
        """, files: ["cmd/csi-sample-sidecar/flags.go": DemoFiles.go("main", "// flag helpers")], author: .bob)
        try release("v1.0.0", pr: 6, on: repository)
    }

    /// The `release-1.0` branch with a backported fix, tagged v1.0.1; `main` moves on meanwhile.
    static func buildVersion1Patch(_ repository: ScratchRepository) throws {
        try repository.branch("release-1.0", from: "v1.0.0")
        try repository.checkout("main")
        wait(days: 12, repository)
        let flags = [
            "csiAddress = flag.String(\"csi-address\", \"\", \"\")",
            "timeout = flag.Duration(\"timeout\", time.Minute, \"\")",
        ]
        try repository.mergePR(
            number: 7, title: "Add --timeout flag", branch: "timeout-flag", owner: "bob", author: .bob,
            commits: [("Add --timeout flag", ["cmd/csi-sample-sidecar/main.go": DemoFiles.main(flags: flags)])]
        )
        try repository.squashPR(number: 8, title: "Retry snapshot creation on conflict", body: """
        /kind bug

        CreateSnapshot is retried with backoff when the API server answers 409 Conflict.

        ```release-note
        Snapshot creation is retried when the API server reports a conflict.
        ```
        """, files: ["pkg/controller/snapshot.go": DemoFiles.go("controller", "// Snapshot v2: retries")], author: .carol)
        try repository.squashPR(number: 9, title: "docs: describe snapshot class parameters",
                                files: ["docs/parameters.md": "# Parameters\n\nSee the snapshot class.\n"])
        let fix = try repository.mergePR(
            number: 12, title: "Fix nil pointer in controller", branch: "fix-nil-pointer", owner: "carol", author: .carol,
            commits: [("Fix nil pointer in controller", ["pkg/controller/controller.go": DemoFiles.controller(checksNil: true)])]
        )
        wait(days: 2, repository)
        try backport(repository.sha(fix + "^2"), from: 12, title: "Fix nil pointer in controller", pr: 13,
                     to: "release-1.0", on: repository)
        try release("v1.0.1", pr: 14, on: repository)
        try repository.checkout("main")
    }

    /// A Dependabot commit message, trailers included.
    static func dependabotMessage(_ module: String, from old: String, to new: String) -> String {
        """
        Bump \(module) from \(old) to \(new)

        Bumps [\(module)](https://\(module)) from \(old) to \(new).

        ---
        updated-dependencies:
        - dependency-name: \(module)
          dependency-type: direct:production
          update-type: version-update:semver-minor
        ...

        Signed-off-by: dependabot[bot] <support@github.com>
        """
    }
}
