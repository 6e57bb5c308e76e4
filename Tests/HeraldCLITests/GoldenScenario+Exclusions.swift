import SampleRepositories
@testable import HeraldCLI

/// Scenarios for `exclude` rules: changes the maintainers leave out, each still listed with the rule that left it out.
extension GoldenScenario {
    static let exclusionRules = GoldenScenario(name: "exclude-rules", script: { repo in
        try repo.commit("Initial commit", files: [
            "main.go": "v0\n",
            ".herald.yml": """
                exclude:
                  - title: "^Add changelog"
                  - author: "@dependabot[bot]"
                    reason: dependency bump
                  - paths: ["docs/**", "*.md"]
                """,
        ])
        try repo.tag("v1.0.0")
        try repo.mergePR(number: 30, title: "Add snapshot listing", commits: [("Add snapshot listing", ["pkg/list.go": "list\n"])])
        try repo.squashPR(number: 31, title: "Add changelog for 1.1", files: ["CHANGELOG/CHANGELOG-1.1.md": "# 1.1\n"], author: .carol)
        try repo.squashPR(number: 32, title: "Bump golang.org/x/net from 0.17.0 to 0.23.0", files: ["go.sum": "x/net 0.23.0\n"], author: .dependabot)
        // Only documentation: left out. Documentation with code: kept.
        try repo.squashPR(number: 33, title: "Explain snapshot retention", files: ["docs/retention.md": "Retention.\n", "README.md": "Retention\n"], author: .bob)
        try repo.squashPR(number: 34, title: "Fix retry loop", files: ["docs/retry.md": "Retry.\n", "pkg/retry.go": "retry\n"], author: .alice)
        // Herald's own reasons still apply beside the rules; rules apply to direct commits too.
        try repo.squashPR(number: 35, title: "Bump the test image", body: "```release-note\nNONE\n```", author: .bob)
        try repo.commit("Add changelog for 1.0.1", files: ["CHANGELOG/CHANGELOG-1.0.md": "# 1.0.1\n"], author: .alice)
        try repo.tag("v1.1.0")
    }, runs: Run.both("notes-v1.1.0", to: "v1.1.0"))
}
