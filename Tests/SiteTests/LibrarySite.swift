import Configuration
import Foundation
import HeraldSupport
import Images
import ReleaseNotes
import ReleasePipeline
import Site

/// What `herald site` does, through the libraries alone: reads every release and the docs folder, builds the site in
/// memory and writes its files with plain writes into a fresh output folder (the command's writer is tested with it).
struct LibrarySite {
    /// The warnings of the build: the histories', then the site's.
    var diagnostics: [Diagnostic]

    /// Builds the site of `repo` into `output`, replacing whatever is there; `templates` is a templates folder or nil.
    @discardableResult
    static func build(repo: String, output: String, baseURL: String? = nil, templates: String? = nil) throws -> LibrarySite {
        let input = try Input(repo: repo, baseURL: baseURL, templates: templates)
        let built = try SiteBuilder(content: input.content, templates: try SiteTemplates.load(folder: templates), notes: input.renderer).buildSite()
        try write(built.files, to: output)
        return LibrarySite(diagnostics: input.diagnostics + built.warnings)
    }

    /// What a build of `repo` reads: every release, the docs folder, the notes renderer, and the histories' warnings.
    struct Input {
        var content: SiteContent
        var renderer: ReleaseNotes.MarkdownRenderer
        var diagnostics: [Diagnostic]

        /// Reads `repo` as `herald site` does.
        init(repo: String, baseURL: String? = nil, templates: String? = nil) throws {
            let project = try LibraryProject.load(repo: repo)
            let configuration = project.configuration
            renderer = try project.renderer(templates: templates)
            var histories = try project.histories()
            let components = try ProjectHistory.componentReleases(of: &histories).map {
                SiteComponent(name: $0.name, releases: $0.releases, unreleased: $0.unreleased, images: $0.images)
            }
            let site = configuration.site ?? SiteConfiguration()
            let (documents, files) = SiteDocument.pages(from: LibrarySite.docsFolder(repo: repo, folder: site.docs), folder: site.docs)
            content = SiteContent(
                title: site.title ?? configuration.project ?? URL(fileURLWithPath: repo).standardizedFileURL.lastPathComponent,
                baseURL: baseURL ?? site.baseURL?.absoluteString,
                repositoryURL: configuration.repository.map { "https://github.com/\($0)" },
                components: components, documents: documents, documentFiles: files
            )
            diagnostics = histories.flatMap(\.diagnostics)
        }
    }

    /// The docs folder's regular files that go into the site (docs path → bytes); hidden entries are skipped.
    static func docsFolder(repo: String, folder: String) -> [String: Data] {
        let path = (repo as NSString).appendingPathComponent(folder)
        var entries: [String: Data] = [:]
        for entry in FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [] {
            guard !entry.split(separator: "/").contains(where: { $0.hasPrefix(".") }), SiteDocument.isSiteFile(entry) else { continue }
            let full = (path as NSString).appendingPathComponent(entry)
            let type = (try? FileManager.default.attributesOfItem(atPath: full))?[.type] as? FileAttributeType
            guard type == .typeRegular, let data = FileManager.default.contents(atPath: full) else { continue }
            entries[entry] = data
        }
        return entries
    }

    /// Writes `files` (site path → bytes) into `output`, removed first.
    static func write(_ files: [String: Data], to output: String) throws {
        try? FileManager.default.removeItem(atPath: output)
        for (path, data) in files {
            let target = URL(fileURLWithPath: output).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target)
        }
    }
}
