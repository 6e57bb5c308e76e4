import ArgumentParser

/// `herald images`: pinned images at a ref, and published images with their floating tags.
struct ImagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "images",
        abstract: "List the images manifests pin at a ref, and the images components publish with their floating tags."
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var verbosityOptions: VerbosityOptions

    @Option(help: "The ref to read manifests at.")
    var at: String?

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func validate() throws {
        try RangeOptions.checkRef(at, option: "--at")
    }

    func run() throws {
        try Console.run(verbosityOptions.verbosity) {
            try ImagesAction(
                repo: repository.repo, at: at, format: format, config: repository.config, component: repository.component
            ).run()
        }
    }
}
