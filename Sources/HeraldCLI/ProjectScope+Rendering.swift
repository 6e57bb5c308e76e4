import Configuration
import ReleaseNotes

extension ProjectScope {
    /// The Markdown renderer with the configured sections and the chosen templates.
    func renderer(templates: String?) throws -> MarkdownRenderer {
        var ordered: [SectionLayout.Section] = []
        var breakingTitle: String?
        for section in configuration.sections {
            switch section.kind {
            case .breaking: breakingTitle = section.title
            case .change(let kind): ordered.append(SectionLayout.Section(kind: kind, title: section.title))
            }
        }
        return MarkdownRenderer(
            templates: try TemplateLibrary.load(explicit: templates),
            layout: SectionLayout(ordered: ordered, breakingTitle: breakingTitle)
        )
    }
}
