import HeraldSupport

/// The words of the site benchmark's repository: its `.herald.yml`, change titles with Conventional Commits types,
/// release commits and the notes files maintainers publish.
enum SiteText {
    /// The server's tag prefix; its release branches are `server/release-X.Y`.
    static let serverPrefix = "server/"
    /// The client's tag prefix.
    static let clientPrefix = "client/"

    /// The first commit's README.
    static let readme = "# Storage\n\nA storage server, its web client and the manifests that deploy them.\n"

    /// Two components with their own tag prefixes, the server publishing the image its manifests pin; the site's
    /// title and address; the drafts folder where published notes are kept.
    static let configuration = """
        project: storage
        repository: example/storage
        components:
          - name: server
            paths: ["server/**", "deploy/**"]
            tagPrefix: \(serverPrefix)
            images: ["\(DeployManifests.serverImage)"]
            manifests: ["deploy/**/*.yaml"]
          - name: client
            paths: ["client/**"]
            tagPrefix: \(clientPrefix)
        site:
          title: Storage releases
          baseURL: https://example.github.io/storage/
        drafts:
          folder: \(notesFolder)

        """

    /// Where published notes live, `<folder>/<component>/<tag name>.md`, as the configuration's drafts folder.
    static let notesFolder = "releases"

    /// Conventional Commits types in roughly the proportions of a Kubernetes sidecar's history; nil keeps the
    /// plain title, whose first word or the `Bump … from … to` form decides the kind.
    private static let types: [(Int, String?)] = [
        (5, "feat"), (6, "fix"), (2, "docs"), (2, "chore"), (1, "refactor"), (1, "perf"), (1, "feat!"), (6, nil),
    ]
    /// Scopes a type sometimes carries; the empty one means none.
    private static let scopes = ["", "", "", "api", "store", "auth", "ui", "deps"]

    /// A change title: a Conventional Commits type and scope over ChangeText's wording, or that wording alone.
    static func title(_ random: inout DeterministicRandom) -> String {
        let plain = ChangeText.title(&random)
        guard !plain.hasPrefix("Bump "), let type = random.weighted(types) else {
            return plain
        }
        let scope = random.pick(scopes)
        let head = scope.isEmpty ? type : "\(type.filter { $0 != "!" })(\(scope))\(type.hasSuffix("!") ? "!" : "")"
        return "\(head): \(plain.prefix(1).lowercased())\(plain.dropFirst())"
    }

    /// The version of a component's `index`th release, counting from 0: ten patches to a minor, ten minors to a major.
    static func version(_ index: Int) -> (major: Int, minor: Int, patch: Int) {
        (index / 100 + 1, index / 10 % 10, index % 10)
    }

    /// A release's changelog, inside the component's folder.
    static func changelog(component: String, version: (major: Int, minor: Int, patch: Int)) -> FileChange {
        let tag = "v\(version.major).\(version.minor).\(version.patch)"
        return FileChange(path: "\(component)/CHANGELOG/CHANGELOG-\(version.major).\(version.minor).md",
                          content: "# \(tag)\n\nChanges since the last release.\n")
    }

    /// The notes a maintainer rewrote for `tag` of `component`: prose, a code block and the change list.
    static func publishedNotes(component: String, tag: String, titles: [String]) -> FileChange {
        var text = "## \(tag)\n\nThis release is the result of a long stabilisation effort. "
        text += String(repeating: "Operators should read the upgrade notes below before rolling it out to production "
            + "clusters. ", count: 12)
        text += "\n\n### Upgrading\n\n```shell\nkubectl apply -k deploy/kustomize/\n"
            + "kubectl rollout status deployment/bench-server\n```\n\n### Changes\n\n"
        text += titles.map { "- \($0)" }.joined(separator: "\n") + "\n"
        return FileChange(path: "\(notesFolder)/\(component)/\(tag).md", content: text)
    }
}
