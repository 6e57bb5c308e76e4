import ReleasePipeline
import Configuration
import Foundation
import ReleaseNotes

extension ProjectScope {
    /// The templates folder: the `--templates` value, else a non-empty `HERALD_TEMPLATES`, else nil for the built-in templates.
    static func templatesFolder(option: String?) -> String? {
        if let option { return option }
        guard let variable = ProcessInfo.processInfo.environment["HERALD_TEMPLATES"], !variable.isEmpty else { return nil }
        return variable
    }

    /// The Markdown renderer with the configured sections and the templates `--templates` or `HERALD_TEMPLATES` chooses.
    func renderer(templates: String?) throws -> MarkdownRenderer {
        try renderer(folder: Self.templatesFolder(option: templates))
    }

    /// The Markdown renderer with the configured sections and the templates in `folder` (nil: the built-in ones).
    func renderer(folder: String?) throws -> MarkdownRenderer {
        MarkdownRenderer(templates: try TemplateLibrary.load(folder: folder), layout: configuration.sectionLayout)
    }
}
