import HeraldSupport
import Foundation
import ReleaseNotes

/// Builds the files of the static site in memory, as a pipeline of named steps.
public struct SiteBuilder: Sendable {
    /// What the site is made of.
    public let content: SiteContent
    /// The templates and theme.
    public let templates: SiteTemplates
    /// Renders the notes of generated (not published) releases.
    public let notes: ReleaseNotes.MarkdownRenderer
    /// Told each step's name and how far it got, for a progress line.
    public var progress: (@Sendable (String) -> Void)?

    /// The steps, in order.
    static let steps: [any SiteStep] = [
        DocumentPagesStep(), ReleasePagesStep(), ComparePagesStep(), IndexPagesStep(), FeedsStep(), ReleaseModelsStep(), SearchIndexStep(), SitemapStep(),
        ThemeAssetsStep(),
    ]

    /// Creates a builder.
    public init(content: SiteContent, templates: SiteTemplates, notes: ReleaseNotes.MarkdownRenderer, progress: (@Sendable (String) -> Void)? = nil) {
        self.content = content
        self.templates = templates
        self.notes = notes
        self.progress = progress
    }

    /// The Markdown the site renders for a release: its published notes, else the site's `notes` template.
    public func markdown(for document: NotesDocument) throws -> String {
        try SiteState.notesMarkdown(
            document, content: content, templates: templates, notes: notes, paths: SitePaths(multiComponent: content.isMultiComponent)
        )
    }

    /// Every file of the site by its path; the same content always gives the same bytes.
    public func build() throws -> [String: Data] {
        try buildSite().files
    }

    /// Every file of the site, and warnings about what was cut or left out of the content on the way.
    ///
    /// With a `sink`, each file goes there as it is made and the result keeps none: a site of thousands of releases
    /// is never in memory whole.
    public func buildSite(into sink: (any SiteFileSink)? = nil) throws -> BuiltSite {
        let (safeContent, warnings) = Self.bounded(content)
        var state = SiteState(content: safeContent, templates: templates, notes: notes, progress: progress, sink: sink)
        for step in Self.steps {
            progress?(step.name)
            do {
                try step.run(&state)
            } catch var error as SiteError {
                error.step = step.name
                throw error
            } catch {
                throw SiteError(step: step.name, .unexpected(String(describing: error)))
            }
        }
        return BuiltSite(files: state.files.kept, warnings: warnings)
    }

    /// `content` without the pictures that could run script, and with long change titles cut, and warnings saying so.
    static func bounded(_ content: SiteContent) -> (SiteContent, [Diagnostic]) {
        var content = content
        var warnings: [Diagnostic] = []
        for component in content.components.indices {
            for release in content.components[component].releases.indices {
                warnings += ChangeTextLimits.cap(&content.components[component].releases[release])
            }
            if var unreleased = content.components[component].unreleased {
                warnings += ChangeTextLimits.cap(&unreleased)
                content.components[component].unreleased = unreleased
            }
        }
        for file in content.documentFiles.keys.sorted() where file.lowercased().hasSuffix(".svg") {
            guard let data = content.documentFiles[file], let problem = SVGSafety.problem(in: data) else { continue }
            content.documentFiles[file] = nil
            warnings.append(Diagnostic(
                .unsafeSVG,
                "\(file) in the docs folder is left out of the site: \(problem), and a picture opened by itself could run script in the site's origin",
                subject: file
            ))
        }
        return (content, warnings)
    }
}
