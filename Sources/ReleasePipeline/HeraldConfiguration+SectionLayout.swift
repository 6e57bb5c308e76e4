import Configuration
import ReleaseNotes

extension HeraldConfiguration {
    /// The configured `sections` as the renderer orders and titles them; the `breaking` section names the breaking list.
    package var sectionLayout: SectionLayout {
        var ordered: [SectionLayout.Section] = []
        var breakingTitle: String?
        for section in sections {
            switch section.kind {
            case .breaking: breakingTitle = section.title
            case .change(let kind): ordered.append(SectionLayout.Section(kind: kind, title: section.title))
            }
        }
        return SectionLayout(ordered: ordered, breakingTitle: breakingTitle)
    }
}
