import ReleasePipeline
import Configuration
import Foundation
import GitHistory
import ReleaseNotes

extension ProjectScope {
    /// The templates folder: the `--templates` value, else a non-empty `HERALD_TEMPLATES`, else nil for the built-in templates.
    static func templatesFolder(option: String?) -> String? {
        if let option { return option }
        guard let variable = ProcessInfo.processInfo.environment["HERALD_TEMPLATES"], !variable.isEmpty else { return nil }
        return variable
    }

    /// The Markdown renderer of `style` (nil: `notes.style`, else the standard one) with the templates `--templates`
    /// or `HERALD_TEMPLATES` chooses over the style's.
    func renderer(templates: String?, style: NotesStyle? = nil) throws -> MarkdownRenderer {
        try renderer(folder: Self.templatesFolder(option: templates), style: style)
    }

    /// The Markdown renderer of `style` (nil: `notes.style`, else the standard one) with the templates in `folder`
    /// over the style's, linking to the repository when it is known.
    func renderer(folder: String?, style: NotesStyle? = nil) throws -> MarkdownRenderer {
        let chosen = style ?? configuration.notes.style.flatMap(NotesStyle.init(rawValue:)) ?? .standard
        return MarkdownRenderer(
            templates: try TemplateLibrary.load(folder: folder, style: chosen),
            layout: chosen.layout(configured: configuration.sectionLayout),
            links: NotesLinks(
                repositoryURL: repositoryURL, documentationURL: configuration.notes.documentation?.absoluteString,
                imageSources: ImageSources(mapped: configuration.sources.images, csiConvention: configuration.sources.csiConvention),
                hostURL: Self.webHost
            )
        )
    }

    /// The repository's web address: `repository` from the configuration, else the `origin` remote's when it is on
    /// the web host; nil otherwise.
    var repositoryURL: String? {
        let host = Self.webHost
        if let name = configuration.repository { return "\(host)/\(name)" }
        guard let hostName = URL(string: host)?.host, let url = project.repository.remoteURL(named: "origin"),
              let name = RemoteRepositoryName.parse(url, host: hostName) else { return nil }
        return "\(host)/\(name)"
    }

    /// The repository's web host: `GITHUB_SERVER_URL` on GitHub Enterprise Server's runners, else GitHub's.
    static var webHost: String {
        let server = ProcessInfo.processInfo.environment["GITHUB_SERVER_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "https://github.com"
        guard let url = URL(string: server), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            return "https://github.com"
        }
        return server.hasSuffix("/") ? String(server.dropLast()) : server
    }
}
