import ArgumentParser

/// `herald changelog`: every release's notes, newest first.
struct ChangelogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changelog",
        abstract: "Write the full changelog, newest release first."
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var verbosityOptions: VerbosityOptions
    @OptionGroup var templateOptions: TemplateOptions

    @Option(help: "Write to this file instead of stdout (a file edited by hand is kept unless --force).")
    var output: String?

    @Flag(help: "Overwrite the output file even if it was edited by hand.")
    var force = false

    func validate() throws {
        if force && output == nil { throw ValidationError("--force goes with --output") }
    }

    func run() throws {
        try Console.run(verbosityOptions.verbosity) {
            try ChangelogAction(
                repo: repository.repo, output: output, force: force, templates: templateOptions.templates, style: templateOptions.style,
                config: repository.config, component: repository.component
            ).run()
        }
    }
}
