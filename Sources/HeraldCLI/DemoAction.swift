import Foundation
import SampleRepositories

/// Builds the sample repository and shows what Herald makes of it: `herald demo`.
struct DemoAction {
    /// Where to build the sample; nil for a new temporary folder.
    var directory: String?
    /// A templates folder, or nil for `HERALD_TEMPLATES` or the built-in templates.
    var templates: String?
    /// A folder of Markdown pages to add to the sample's site, such as Herald's own docs.
    var docs: String?

    /// Builds the sample and prints its releases, the notes of its newest release and where its site is.
    func run() throws -> CommandOutput {
        let path = directory ?? NSTemporaryDirectory() + "herald-demo-\(ProcessInfo.processInfo.processIdentifier)"
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: path), !existing.isEmpty {
            throw HeraldCLIError.demoFolderNotEmpty(path: path)
        }
        let sample: ScratchRepository
        do {
            sample = try DemoRepository.build(at: path)
        } catch {
            throw HeraldCLIError.demoFailed(reason: "\(error)")
        }
        let releases = try ReleasesAction(repo: sample.path).run()
        let history = try ProjectScope.load(repo: sample.path, config: nil, component: nil, single: true).histories()[0]
        let newest = history.releases.last?.tag
        let notes = try NotesAction(repo: sample.path, to: newest, templates: templates).run()
        let unreleased = try NotesAction(repo: sample.path, templates: templates).run()
        let siteFolder = (sample.path as NSString).appendingPathComponent("_site")
        let site = try SiteAction(repo: sample.path, output: siteFolder, templates: templates, docs: docs).run()
        let docsOption = docs.map { " --docs \($0)" } ?? ""
        let text = """
            Sample repository: \(sample.path)

            $ herald releases --repo \(sample.path)
            \(releases.text)
            $ herald notes --repo \(sample.path) --to \(newest ?? "HEAD")
            \(notes.text)
            $ herald notes --repo \(sample.path)
            \(unreleased.text)
            $ herald site --repo \(sample.path) --output \(siteFolder)\(docsOption)
            \(site.text)
            """
        return CommandOutput(text: text, diagnostics: releases.diagnostics)
    }
}
