import ArgumentParser
import Versioning

/// `herald draft`: the editable notes of the next release.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Write or refresh the editable notes of the next release (releases/<component>/<version>.md by default), keeping every edit."
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var verbosityOptions: VerbosityOptions
    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var upstreamOptions: UpstreamOptions

    @Option(help: "The version to draft (default: the suggested next version).")
    var version: String?

    @Flag(help: "Regenerate the draft from scratch, dropping every edit.")
    var force = false

    @Option(help: "Output: text (the draft's path) or json (the GitHub release payload it would become).")
    var format: ListFormat = .text

    @Flag(help: "Create or update the one draft GitHub release for the tag (GITHUB_TOKEN, GITHUB_API_URL).")
    var github = false

    func validate() throws {
        if let version, SemanticVersion(parsing: version) == nil { throw ValidationError(DraftAction.badVersion(version)) }
    }

    func run() throws {
        try Console.run(verbosityOptions.verbosity) {
            try DraftAction(
                repo: repository.repo, version: version, force: force, templates: templateOptions.templates, style: templateOptions.style, upstreams: upstreamOptions.upstreams,
                config: repository.config, component: repository.component, format: format, github: github
            ).run()
        }
    }
}
