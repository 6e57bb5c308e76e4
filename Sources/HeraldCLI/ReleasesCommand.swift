import ArgumentParser

/// `herald releases`: every release with its base.
struct ReleasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "releases",
        abstract: "List every release: version, date, commit and the base its notes start from."
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var verbosityOptions: VerbosityOptions

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        try Console.run(verbosityOptions.verbosity) { try ReleasesAction(repo: repository.repo, format: format, config: repository.config, component: repository.component).run() }
    }
}
