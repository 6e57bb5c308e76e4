import Foundation
import GitHub
import HeraldSupport
import ReleasePipeline
import ReleaseNotes

/// Writes the full changelog, newest release first: `herald changelog`.
struct ChangelogAction {
    /// The repository folder.
    var repo: String
    /// The file to write, or nil for stdout.
    var output: String?
    /// Whether a hand-edited output file may be overwritten, and files kept by `prepend` or `splitByMinor` start over.
    var force = false
    /// Whether `output` is a changelog people edit: the sections of releases it lacks are added, nothing else changes.
    var prepend = false
    /// Whether `output` is a folder of one `CHANGELOG-X.Y.md` per minor line, each kept as `prepend` keeps a file.
    var splitByMinor = false
    /// A templates folder, or nil for the installed one.
    var templates: String?
    /// The notes style, or nil for the configured one.
    var style: NotesStyle?
    /// A folder of upstream clones or published models, for digests of image bumps; nil reads none.
    var upstreams: String?
    /// The configuration file, or nil for `REPO/.herald.yml` when it exists.
    var config: String?
    /// One component, or nil for all.
    var component: String?
    /// The API pull request metadata comes from, when the configuration asks for it; nil builds it from the environment.
    var api: GitHubAPI?

    /// Reads every release from one `git log` and renders the changelog.
    func run() throws -> CommandOutput {
        let scope = try ProjectScope.load(repo: repo, config: config, component: component, single: false)
        let renderer = try scope.renderer(templates: templates, style: style)
        // Pull request metadata as configured (`drafts.pullRequestMetadata`), so each release reads as its notes do.
        let pullRequests = try scope.pullRequestSource(repo: repo, github: false, offline: false, api: api)
        var histories = scope.histories(pullRequests: pullRequests, upstreams: upstreams)
        try ProjectHistory.requireReleases(in: histories, for: "changelog")
        // One `git log` for every component: their releases share most of their history.
        let documents = try ProjectHistory.allNotes(of: &histories)
        let title = scope.configuration.project.map { "\($0) changelog" } ?? "Changelog"
        let ordered = histories.count > 1 ? ProjectHistory.newestFirst(documents) : documents
        let diagnostics = histories.flatMap(\.diagnostics)
        let kept = ChangelogFileUpdate(renderer: renderer, components: scope.configuration.componentNames)
        if let output, splitByMinor {
            let written = try Self.writeLines(of: ordered, into: output, with: kept, title: title, force: force, components: histories.count)
            return CommandOutput(text: written, diagnostics: diagnostics)
        }
        if let output, prepend {
            let written = try kept.update(path: output, documents: ordered, title: title, force: force)
            return CommandOutput(text: written ? "" : "\(output): every release is already there\n", diagnostics: diagnostics)
        }
        let text = try renderer.changelog(ordered, title: title)
        // Every release's model, freed beside the writing.
        BackgroundRelease.release((consume documents, consume ordered, consume histories))
        guard let output else { return CommandOutput(text: text, diagnostics: diagnostics) }
        try GeneratedFile(path: output).write(text, force: force)
        return CommandOutput(text: "", diagnostics: diagnostics)
    }

    /// Writes one file per minor line into `folder` (`CHANGELOG-X.Y.md`, `CHANGELOG-COMPONENT-X.Y.md` when there are
    /// several components), each kept by `update`; says which files changed.
    static func writeLines(
        of documents: [NotesDocument], into folder: String, with update: ChangelogFileUpdate, title: String, force: Bool, components: Int
    ) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var lines: [String: [NotesDocument]] = [:]
        var order: [String] = []
        for document in documents {
            guard let version = document.version else { continue }
            let component = components > 1 ? document.component.map { "\($0)-" } ?? "" : ""
            let name = "CHANGELOG-\(component)\(version.major).\(version.minor).md"
            if lines[name] == nil { order.append(name) }
            lines[name, default: []].append(document)
        }
        var report = ""
        for name in order {
            let path = (folder as NSString).appendingPathComponent(name)
            let line = name.dropFirst("CHANGELOG-".count).dropLast(".md".count)
            if try update.update(path: path, documents: lines[name, default: []], title: "\(title) \(line)", force: force) {
                report += "wrote \(path)\n"
            }
        }
        return report.isEmpty ? "\(folder): every release is already there\n" : report
    }
}
