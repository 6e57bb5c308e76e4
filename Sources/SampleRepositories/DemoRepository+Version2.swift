extension DemoRepository {
    /// A breaking change, a revert pair and a revert of a released fix, then v2.0.0-rc1 and v2.0.0 on `main`.
    static func buildVersion2(_ repository: ScratchRepository, reverting releasedFix: String) throws {
        wait(days: 25, repository)
        try repository.squashPR(number: 27, title: "feat!: drop support for v1beta1 snapshots", body: """
        The v1beta1 VolumeSnapshot API was removed from Kubernetes 1.27.

        BREAKING CHANGE: the sidecar no longer watches v1beta1 VolumeSnapshot objects.

        ```release-note
        ACTION REQUIRED: Upgrade the snapshot CRDs to v1 before deploying this release; v1beta1 objects are ignored.
        ```
        """, files: ["pkg/controller/snapshot.go": DemoFiles.go("controller", "// Snapshot v3: v1 only")])
        try repository.squashPR(number: 28, title: "Add metrics for group snapshots",
                                files: ["pkg/metrics/group.go": DemoFiles.go("metrics", "// group histogram")],
                                author: .carol)
        let logging = try repository.mergePR(
            number: 29, title: "Switch to contextual logging", branch: "contextual-logging", owner: "bob", author: .bob,
            commits: [("Use klog contextual logging", ["pkg/logging/logging.go": DemoFiles.go("logging", "// klog.FromContext")])]
        )
        // GitHub's "Revert" button: a revert-<n>-<branch> PR whose commit reverts the merge.
        try repository.mergePR(
            number: 30, title: "Revert \"Switch to contextual logging\"", branch: "revert-29-contextual-logging"
        ) { try $0.revert(logging) }
        // A maintainer pushing a revert of a fix that already shipped in v1.1.0.
        try repository.revert(releasedFix, author: .bob)
        try repository.squashPR(number: 32, title: "Add Go client library", files: [
            "client/go.mod": "module github.com/kubernetes-csi/csi-sample-sidecar/client\n\ngo 1.21\n",
            "client/client.go": DemoFiles.go("client", "// Client talks to the sidecar."),
        ])
        // Go submodule tags share the repository but are not sidecar releases.
        try repository.tag("client/v0.1.0")
        wait(days: 10, repository)
        try release("v2.0.0-rc1", pr: 33, on: repository, squash: true)
        try repository.squashPR(number: 34, title: "Fix crash when the snapshot class is missing", body: """
        /kind bug

        ```release-note
        The sidecar no longer crashes when a VolumeSnapshot refers to a missing VolumeSnapshotClass.
        ```
        """, files: ["pkg/controller/class.go": DemoFiles.go("controller", "// missing class is an event")], author: .carol)
        wait(days: 14, repository)
        try release("v2.0.0", pr: 35, on: repository)
    }

    /// Merged after v2.0.0 and not released yet.
    static func buildUnreleased(_ repository: ScratchRepository) throws {
        wait(days: 9, repository)
        try repository.mergePR(
            number: 36, title: "Bump google.golang.org/grpc from 1.62.0 to 1.64.1",
            branch: "dependabot/go_modules/google.golang.org/grpc-1.64.1", owner: "kubernetes-csi", author: .dependabot,
            commits: [(dependabotMessage("google.golang.org/grpc", from: "1.62.0", to: "1.64.1"),
                       ["go.mod": DemoFiles.goModule(net: "0.23.0", grpc: "1.64.1")])]
        )
        try repository.squashPR(number: 37, title: "Add --kube-api-burst flag",
                                files: ["cmd/csi-sample-sidecar/kube.go": DemoFiles.go("main", "// kube-api-burst")],
                                author: .carol)
        try repository.mergePR(number: 38, title: "Update README", branch: "readme-compatibility", owner: "carol",
                               author: .carol, commits: [("Update README", ["README.md": DemoFiles.readme(revision: 3)])])
    }
}
