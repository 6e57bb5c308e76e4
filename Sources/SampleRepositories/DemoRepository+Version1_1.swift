extension DemoRepository {
    /// Candidates on `main`, then v1.1.0 and v1.1.1 on `release-1.1`, which branches off after rc2.
    ///
    /// Returns the lease fix released in v1.1.0, which `main` later reverts.
    static func buildVersion1_1(_ repository: ScratchRepository) throws -> String {
        wait(days: 20, repository)
        try repository.mergePR(number: 15, title: "Add support for volume group snapshots", branch: "group-snapshots", commits: [
            ("Add VolumeGroupSnapshot controller", ["pkg/group/controller.go": DemoFiles.go("group", "// group snapshots")]),
            ("Add RBAC rules for group snapshots", ["deploy/kubernetes/rbac.yaml": "kind: ClusterRole\n"]),
        ])
        try repository.subtree(prefix: "release-tools", files: DemoFiles.releaseTools(revision: 2), foreignLog: """
        5f3c1b9 Merge pull request #125 from jsafrane/go-1.22
        a04e7d1 build.make: use Go 1.22
        9c2e8f4 Merge pull request #123 from pohly/prow-fix
        """)
        try release("v1.1.0-rc1", pr: 17, on: repository, squash: true)
        wait(days: 7, repository)
        let leaseFix = try repository.squashPR(number: 18, title: "Fix leader election lease name", body: """
        /kind bug

        ```release-note
        The leader election lease is now named after the CSI driver, so two sidecars no longer fight over one lease.
        ```
        """, files: ["pkg/leaderelection/lease.go": DemoFiles.lease(name: "external-snapshotter-leader")], author: .carol)
        try release("v1.1.0-rc2", pr: 19, on: repository, squash: true)
        try repository.branch("release-1.1")
        try repository.checkout("main")

        // A tag that looks like a prerelease but belongs to a webhook image, not to the sidecar.
        try repository.squashPR(number: 20, title: "Add validation webhook for snapshot classes",
                                files: ["pkg/webhook/webhook.go": DemoFiles.go("webhook", "// validates classes")])
        try repository.tag("v1.1.0-rc2-webhook")
        wait(days: 5, repository)
        let raceFix = try repository.mergePR(
            number: 21, title: "Fix event recorder race", branch: "event-race", owner: "bob", author: .bob,
            commits: [("Lock the event recorder", ["pkg/controller/events.go": DemoFiles.events(locked: true)])]
        )
        try backport(repository.sha(raceFix + "^2"), from: 21, title: "Fix event recorder race", pr: 22,
                     to: "release-1.1", on: repository)
        try release("v1.1.0", pr: 23, on: repository)

        try repository.checkout("main")
        wait(days: 18, repository)
        let contentFix = try repository.squashPR(
            number: 24, title: "Handle deleted snapshot contents gracefully",
            body: "/kind bug\n\nA VolumeSnapshotContent deleted during sync is no longer reported as an error.",
            files: ["pkg/controller/content.go": DemoFiles.go("controller", "// tolerate NotFound")], author: .carol
        )
        try backport(contentFix, from: 24, title: "Handle deleted snapshot contents gracefully", pr: 25,
                     to: "release-1.1", on: repository)
        try release("v1.1.1", pr: 26, on: repository)
        try repository.checkout("main")
        return leaseFix
    }
}
