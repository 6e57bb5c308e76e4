import Foundation
import SampleRepositories

/// The site's golden scenario: two components, a release candidate, a patch on a release branch,
/// images, docs pages, a release that needs action, and pull requests whose titles and bodies try to inject HTML.
public enum SiteScenario {
    /// The base URL the scenario's site is built for.
    public static let baseURL = "https://example.github.io/storage/"

    /// The `.herald.yml`: two components, one with images from the deploy manifests, and a docs folder.
    public static let configuration = """
        project: storage
        repository: example/storage
        components:
          - name: server
            paths: ["server/**", "deploy/**"]
            images: ["registry.example.com/storage/server"]
            manifests: ["deploy/**/*.yaml"]
          - name: client
            paths: ["client/**"]
            tagPrefix: "client/"
        site:
          title: Storage releases
          docs: docs
        """

    /// The manifest pinning the attacher sidecar at `attacher`.
    public static func deployment(attacher: String) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            spec:
              containers:
                - name: server
                  image: registry.example.com/storage/server:canary
                - name: csi-attacher
                  image: registry.k8s.io/sig-storage/csi-attacher:\(attacher)
        """
    }

    /// The guide page: links into the docs and out of them, an unsafe link, a picture, headings that repeat or clash.
    public static let guide = """
        ---
        title: Guide
        weight: 1
        ---
        # Guide

        Read the [configuration](reference/configuration.md#keys) first, then the [README](../README.md).

        ## Install

        Run `make install`. Unsafe links stay inert: [bad](javascript:alert(1)). The
        architecture is drawn in ![a picture](../img/architecture.png).

        ## Site search

        This heading would take the id of the search box; it gets another.

        ## Install

        A second heading with the same text gets its own anchor.
        """

    /// The reference page, two folders deep, linking back to the guide and the start page.
    public static let reference = """
        # Configuration reference

        ## Keys

        Back to the [guide](../guide.md#install-1) or the [start](../index.md).
        """

    /// Builds the repository in a new scratch folder; the caller removes it.
    public static func build() throws -> ScratchRepository {
        let repo = try ScratchRepository()
        try repo.commit("Initial commit", files: [
            ".herald.yml": configuration, "README.md": "# Storage\n", "server/main.go": "v0\n", "client/api.go": "v0\n",
            "deploy/deployment.yaml": deployment(attacher: "v4.5.0"),
            "docs/index.md": "# Storage\n\nStart with the [guide](guide.md).\n",
            "docs/guide.md": guide, "docs/reference/configuration.md": reference,
            "docs/myindex.md": "# My index\n\nA page whose name ends in index.\n", "docs/What is new?.MD": "---\nweight: 2\ndescription: What changed lately.\n---\n# What is new\n",
        ])
        try repo.tag("v1.0.0")
        try repo.tag("client/v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", files: ["server/list.go": "list\n"], author: .alice)
        try repo.squashPR(number: 2, title: "<img src=x onerror=alert(1)>", files: ["server/xss.go": "x\n"], author: .bob)
        try repo.squashPR(
            number: 8, title: "Document snapshot limits",
            body: "```release-note\nSee [details](javascript:alert(2)) and <script>alert(3)</script> in `<b>`.\n```\n",
            files: ["server/limits.go": "limits\n"], author: .carol
        )
        try repo.mergePR(number: 3, title: "Retry client requests", branch: "retry", owner: "bob", author: .bob, commits: [
            ("Retry client requests", ["client/retry.go": "retry\n"]),
        ])
        try repo.tag("v1.1.0-rc1")
        try repo.squashPR(number: 4, title: "Fix lease renewal", files: ["server/lease.go": "fix\n"], author: .carol)
        try repo.squashPR(number: 9, title: "Fix \u{1B}[31mred\u{1B}[0m log \u{07}lines", files: ["server/log.go": "log\n"], author: .bob)
        try repo.squashPR(number: 5, title: "Bump csi-attacher to v4.6.0", files: ["deploy/deployment.yaml": deployment(attacher: "v4.6.0")])
        try repo.tag("v1.1.0")
        try repo.tag("client/v1.1.0")
        try repo.branch("release-1.1", from: "v1.1.0")
        try repo.checkout("main")
        let fix = try repo.squashPR(number: 6, title: "Fix crash on empty volume", files: ["server/volume.go": "fix\n"], author: .carol)
        try repo.checkout("release-1.1")
        try repo.cherryPick(fix)
        try repo.tag("v1.1.1")
        try repo.checkout("main")
        try repo.squashPR(number: 7, title: "Add group snapshots", files: ["server/group.go": "group\n"], author: .alice)
        try repo.squashPR(
            number: 11, title: "Drop the v1beta1 snapshot classes",
            body: "```release-note\nACTION REQUIRED: Recreate every snapshot class as v1 before upgrading.\n```\n",
            files: ["server/classes.go": "v1\n"], author: .bob
        )
        // A maintainer's edited notes for v1.1.1: the site shows them instead of generated ones.
        try repo.commit("Publish the notes of v1.1.1", files: [
            "releases/server/v1.1.1.md": "## server v1.1.1\n\nHand-written: **upgrade now** if volumes can be empty. See [the fix](server/volume.go).\n",
        ])
        // v1.2.0 lists the fix #6 that v1.1.1 already shipped as a cherry-pick: comparing the two leaves it out.
        try repo.tag("v1.2.0")
        try repo.squashPR(number: 10, title: "Add volume expansion", files: ["server/expand.go": "expand\n"], author: .carol)
        return repo
    }
}
