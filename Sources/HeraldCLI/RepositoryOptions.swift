import ArgumentParser
import Foundation
import ReleaseNotes

/// Options every command takes: the repository, its configuration and the component.
struct RepositoryOptions: ParsableArguments {
    @Option(name: .long, help: "The git repository to read.")
    var repo: String = "."

    @Option(name: .long, help: "The configuration file (default: REPO/.herald.yml, optional).")
    var config: String?

    @Option(name: .long, help: "The component to work on (components come from the configuration).")
    var component: String?
}

/// The options that choose how Markdown is written: the style and where its templates come from.
struct TemplateOptions: ParsableArguments {
    @Option(name: .long, help: "A folder of Mustache templates, each over the style's own (default: the style's templates).")
    var templates: String?

    @Option(name: .long, help: "The notes style: standard, kubernetes or keepachangelog (default: notes.style in the configuration, else standard).")
    var style: NotesStyle?
}

/// The option that names where the upstreams of pinned images are read from.
struct UpstreamOptions: ParsableArguments {
    @Option(name: .long, help: "Upstream clones or published releases.json files (FOLDER/NAME for owner/NAME), or an address with {name}, for digests of image bumps.")
    var upstreams: String?
}
