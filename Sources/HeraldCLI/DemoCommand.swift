import ArgumentParser

/// `herald demo`: a realistic sample repository and what Herald makes of it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a sample repository (release branches, rc tags, PRs, a cherry-pick, a revert, a subtree) and show its notes and site."
    )

    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var verbosityOptions: VerbosityOptions

    @Argument(help: "A new folder for the sample repository (default: a temporary folder).")
    var directory: String?

    @Option(help: "A folder of Markdown pages to add to the sample's site, such as Herald's own site/ docs.")
    var docs: String?

    func run() throws {
        try Console.run(verbosityOptions.verbosity) { try DemoAction(directory: directory, templates: templateOptions.templates, docs: docs).run() }
    }
}
