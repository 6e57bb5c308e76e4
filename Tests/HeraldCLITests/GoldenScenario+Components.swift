import SampleRepositories
@testable import HeraldCLI

/// Scenarios for configuration and components: a monorepo with prefixed tags, and configuration errors.
extension GoldenScenario {
    static let monorepoConfiguration = """
        project: storage
        repository: example/storage
        components:
          - name: server
            paths: ["server/**", "shared/**"]
            images: ["registry.example.com/storage/server"]
          - name: client
            paths: ["client/**", "shared/**"]
            tagPrefix: "client/"
        rules:
          - kind: documentation
            paths: ["docs/**"]
        sections:
          - kind: fix
            title: Fixed
          - kind: breaking
            title: Read before upgrading
        """

    static let monorepo = GoldenScenario(name: "monorepo", script: { repo in
        try repo.commit("Initial commit", files: [".herald.yml": monorepoConfiguration, "server/main.go": "v0\n", "client/api.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.tag("client/v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", files: ["server/list.go": "list\n"], author: .alice)
        try repo.squashPR(number: 2, title: "Retry client requests", files: ["client/retry.go": "retry\n"], author: .bob)
        try repo.squashPR(number: 3, title: "Fix shared timeout parsing", files: ["shared/timeout.go": "fix\n"], author: .carol)
        try repo.squashPR(number: 4, title: "Explain the architecture", files: ["docs/architecture.md": "# how\n"], author: .carol)
        try repo.mergePR(number: 5, title: "feat!: drop the v1 client API", branch: "drop-v1", owner: "bob", author: .bob, commits: [
            ("Drop the v1 client API", ["client/v1.go": "gone\n"]),
        ])
        try repo.tag("v1.1.0")
        try repo.tag("client/v2.0.0")
        try repo.squashPR(number: 6, title: "Fix client pagination", files: ["client/page.go": "page\n"], author: .alice)
    }, runs: Run.both("notes-server-v1.1.0", to: "v1.1.0", component: "server")
        + Run.both("notes-client-v2.0.0", to: "client/v2.0.0", component: "client") + [
            .releases("releases.txt"), .releases("releases.json", format: .json),
            .nextVersion("next-version-client.txt", component: "client"),
            .notes("notes-without-component.txt"), .notes("notes-unknown-component.txt", component: "cli"),
            .changelog("CHANGELOG.md"),
        ])

    static let configurationErrors = GoldenScenario(name: "configuration-errors", script: { repo in
        try repo.commit("Initial commit", files: [".herald.yml": """
            project: storage
            components:
              - name: server
                pathz: ["server/**"]
            """])
        try repo.tag("v1.0.0")
    }, runs: [
        .notes("unknown-key.txt"),
        Run(file: "bad-regex.txt") { repo in
            try repo.write([".herald.yml": "rules:\n  - kind: fix\n    title: \"([unclosed\"\n"])
            return try NotesAction(repo: repo.path).run()
        },
        Run(file: "unknown-kind.txt") { repo in
            try repo.write([".herald.yml": "rules:\n  - kind: bugfix\n    title: \"^Fix\"\n"])
            return try NotesAction(repo: repo.path).run()
        },
    ])
}
