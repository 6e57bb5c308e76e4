import ArgumentParser

/// `herald notes`: the notes for one range.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Print the release notes for one range (default: the chosen base to HEAD)."
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var templateOptions: TemplateOptions

    @Option(help: "The ref the notes start after (default: the previous release, chosen and explained).")
    var from: String?

    @Option(help: "The ref the notes end at.")
    var to: String?

    @Option(help: "Output format: markdown or json.")
    var format: NotesFormat = .markdown

    @Flag(help: "Read pull request labels and descriptions from GitHub (GraphQL, cached in .git/herald).")
    var github = false

    @Flag(help: "Use cached pull request metadata only; make no request.")
    var offline = false

    func run() throws {
        try Console.run {
            try NotesAction(
                repo: repository.repo, from: from, to: to, format: format, templates: templateOptions.templates,
                config: repository.config, component: repository.component, github: github, offline: offline
            ).run()
        }
    }
}
