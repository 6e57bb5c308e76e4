import Foundation
import GitHub
import ReleaseNotes
import Versioning

/// Writes or refreshes the editable notes of the next release: `herald draft`.
struct DraftAction {
    /// The repository folder.
    var repo: String
    /// The version to draft, or nil for the suggested one.
    var version: String?
    /// Whether to regenerate from scratch, dropping edits.
    var force = false
    /// A templates folder, or nil for the installed one.
    var templates: String?
    /// The configuration file, or nil for `REPO/.herald.yml` when it exists.
    var config: String?
    /// The component, needed when the repository has several.
    var component: String?
    /// With `.json`, print the GitHub release payload the draft would become instead of the path.
    var format: ListFormat = .text
    /// Whether to create or update the draft GitHub release from the file.
    var github = false
    /// The API to use; nil builds it from `GITHUB_API_URL` and `GITHUB_TOKEN`.
    var api: GitHubAPI?
    /// The day written as the date of generation, `YYYY-MM-DD`; today by default.
    var today: String = String(ISODate.string(Int(Date().timeIntervalSince1970)).prefix(10))

    /// Drafts the unreleased changes and merges them into the existing draft, keeping every edit.
    func run() throws -> CommandOutput {
        let scope = try ProjectScope.load(repo: repo, config: config, component: component, single: true)
        var history = try scope.histories(repo: repo)[0]
        // With --github the draft also reads the pull requests' labels and descriptions.
        let pullRequests = try scope.pullRequestSource(repo: repo, github: github, offline: false, api: api)
        var document = try history.notes(from: nil, to: nil, unreleased: true, pullRequests: pullRequests)
        let chosen = version.map { $0.hasPrefix("v") ? $0 : "v" + $0 } ?? document.suggestedVersion ?? "v0.1.0"
        guard SemanticVersion(parsing: chosen) != nil else {
            throw HeraldCLIError(context: "--version \(chosen)", reason: "not a version; give one like v1.2.0 or v2.0.0-rc1")
        }
        document.version = chosen
        document.suggestedVersion = nil
        document.suggestionReason = nil
        let fresh = try scope.renderer(templates: templates).draft(document)
        let keys = document.changes.map(DraftMarker.key(for:))
        let relative = scope.notesFile(component: history.component.name, version: chosen)
        let path = (repo as NSString).appendingPathComponent(relative)
        var draft = DraftDocument(fields: [], offered: keys, body: fresh)
        if !force, let data = FileManager.default.contents(atPath: path) {
            let existing = DraftDocument(parsing: String(decoding: data, as: UTF8.self))
            draft.body = DraftMerge(edited: existing.body, offered: existing.offered).merged(with: fresh)
            draft.offered = existing.offered + keys.filter { !existing.offered.contains($0) }
        }
        draft.fields = [
            ("component", history.component.name), ("version", chosen),
            ("base", document.range.from ?? "the first commit"), ("reason", document.range.reason),
            ("generated", today),
        ]
        try write(draft.text, to: path)
        guard format == .json || github else { return CommandOutput(text: relative + "\n", diagnostics: history.diagnostics) }
        guard let parsed = SemanticVersion(parsing: chosen) else {
            throw HeraldCLIError(context: "--version \(chosen)", reason: "not a version; give one like v1.2.0 or v2.0.0-rc1")
        }
        let payload = ReleasePayload(
            version: parsed, tagPrefix: history.component.tagPrefix, component: history.componentName, body: draft.publishedBody
        )
        guard github else { return CommandOutput(text: try JSONOutput.string(payload), diagnostics: history.diagnostics) }
        let outcome = try publish(payload, repository: scope.githubRepository(for: "herald draft --github"))
        let verb = outcome.created ? "created" : "updated"
        return CommandOutput(text: "\(relative)\n\(verb) draft release \(payload.tagName) (id \(outcome.id))\n", diagnostics: history.diagnostics)
    }

    /// Writes the draft atomically, creating its folder.
    private func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw HeraldCLIError(context: path, reason: "cannot write the draft (\(error.localizedDescription.lowercased()))")
        }
    }

    /// Creates or updates the one draft release for the payload's tag.
    private func publish(_ payload: ReleasePayload, repository: String) throws -> GitHubReleases.Outcome {
        let api = self.api ?? GitHubAPI()
        guard api.token != nil else {
            throw HeraldCLIError(context: "herald draft --github", reason: "GITHUB_TOKEN is not set; export a token that may write releases")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try GitHubReleases(api: api, repository: repository).upsert(tagName: payload.tagName, payload: encoder.encode(payload))
    }
}
