import ArgumentParser

/// `herald lint`: a CI check that every pull request of a range is classified and user-facing ones have a note.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "List pull requests with an unknown kind or a missing release note; exit 1 when there are any."
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var verbosityOptions: VerbosityOptions

    @OptionGroup var range: RangeOptions

    func run() throws {
        try Console.run(verbosityOptions.verbosity) {
            try LintAction(notes: NotesAction(
                repo: repository.repo, from: range.from, to: range.to, config: repository.config,
                component: repository.component, github: range.github, offline: range.offline
            )).run()
        }
    }
}
