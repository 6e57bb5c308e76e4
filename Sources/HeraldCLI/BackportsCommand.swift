import ArgumentParser

/// `herald backports`: which release lines carry each change of the default branch.
struct BackportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backports",
        abstract: "Show which release lines have shipped, merged or lack each change of the default branch."
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var verbosityOptions: VerbosityOptions

    @Option(help: "How many of the newest release lines (vX.Y) to compare.")
    var lines: Int = 3

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func validate() throws {
        guard (1...50).contains(lines) else { throw ValidationError("--lines must be between 1 and 50") }
    }

    func run() throws {
        try Console.run(verbosityOptions.verbosity) {
            try BackportsAction(repo: repository.repo, lines: lines, format: format, config: repository.config, component: repository.component).run()
        }
    }
}
