import ArgumentParser
import Foundation

/// Options every command takes: the repository, its configuration and the component.
struct RepositoryOptions: ParsableArguments {
    @Option(name: .long, help: "The git repository to read.")
    var repo: String = "."

    @Option(name: .long, help: "The configuration file (default: REPO/.herald.yml, optional).")
    var config: String?

    @Option(name: .long, help: "The component to work on (components come from the configuration).")
    var component: String?
}

/// The option that chooses where Markdown templates come from.
struct TemplateOptions: ParsableArguments {
    @Option(name: .long, help: "A folder of Mustache templates (default: the installed templates).")
    var templates: String?
}
