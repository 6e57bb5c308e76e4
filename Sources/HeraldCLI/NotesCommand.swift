import ArgumentParser

/// `herald notes`: the notes for one range.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Print the release notes for one range (default: the chosen base to HEAD)."
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var verbosityOptions: VerbosityOptions
    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var upstreamOptions: UpstreamOptions

    @OptionGroup var range: RangeOptions

    @Option(help: "Output format: markdown or json.")
    var format: NotesFormat = .markdown

    func run() throws {
        try Console.run(verbosityOptions.verbosity) {
            try NotesAction(
                repo: repository.repo, from: range.from, to: range.to, format: format, templates: templateOptions.templates, style: templateOptions.style, upstreams: upstreamOptions.upstreams,
                config: repository.config, component: repository.component, github: range.github, offline: range.offline
            ).run()
        }
    }
}
