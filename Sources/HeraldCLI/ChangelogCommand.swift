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
    @OptionGroup var upstreamOptions: UpstreamOptions

    @Option(help: "Write to this file instead of stdout (a file edited by hand is kept unless --force).")
    var output: String?

    @Flag(help: "Overwrite the output file even if it was edited by hand; with --prepend or --split, start the files over.")
    var force = false

    @Flag(help: "Add the sections of releases the --output file lacks, where they belong; leave every byte in it alone.")
    var prepend = false

    @Option(help: "Write one CHANGELOG-X.Y.md per minor line into the --output folder, each kept as --prepend keeps a file (only: minor).")
    var split: ChangelogSplit?

    func validate() throws {
        if force && output == nil { throw ValidationError("--force goes with --output") }
        if prepend && output == nil { throw ValidationError("--prepend goes with --output FILE") }
        if split != nil && output == nil { throw ValidationError("--split goes with --output FOLDER") }
        if split != nil && prepend { throw ValidationError("--split keeps each file as --prepend does; give one of them") }
    }

    func run() throws {
        try Console.run(verbosityOptions.verbosity) {
            try ChangelogAction(
                repo: repository.repo, output: output, force: force, prepend: prepend, splitByMinor: split == .minor,
                templates: templateOptions.templates, style: templateOptions.style, upstreams: upstreamOptions.upstreams,
                config: repository.config, component: repository.component
            ).run()
        }
    }
}
