import ArgumentParser

/// `herald lint`: a CI check that every pull request of a range is classified and user-facing ones have a note.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "List pull requests with an unknown kind or a missing release note; exit 1 when there are any."
    )

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "The ref the range starts after (default: the previous release, chosen and explained).")
    var from: String?

    @Option(help: "The ref the range ends at.")
    var to: String?

    @Flag(help: "Read pull request labels and descriptions from GitHub (GraphQL, cached in .git/herald).")
    var github = false

    @Flag(help: "Use cached pull request metadata only; make no request.")
    var offline = false

    func run() throws {
        try Console.run {
            try LintAction(
                repo: repository.repo, from: from, to: to, config: repository.config, component: repository.component,
                github: github, offline: offline
            ).run()
        }
    }
}
