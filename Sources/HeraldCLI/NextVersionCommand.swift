import ArgumentParser

/// `herald next-version`: the suggested version of the unreleased changes.
struct NextVersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next-version",
        abstract: "Print the suggested next version, the reason for it and the base it was measured from."
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var verbosityOptions: VerbosityOptions

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    @Flag(help: "Print only the version, for scripts.")
    var short = false

    func run() throws {
        try Console.run(verbosityOptions.verbosity) { try NextVersionAction(repo: repository.repo, format: format, short: short, config: repository.config, component: repository.component).run() }
    }
}
