import ReleasePipeline
import HeraldSupport
import ArgumentParser
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
    /// The notes style, or nil for the configured one.
    var style: NotesStyle?
    /// A folder of upstream clones or published models, for digests of image bumps; nil reads none.
    var upstreams: String?
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
    var today: String = UTCDate(secondsSince1970: Int(Date().timeIntervalSince1970)).day

    /// Drafts the unreleased changes and merges them into the existing draft, keeping every edit.
    func run() throws -> CommandOutput {
        if let version, SemanticVersion(parsing: version) == nil {
            throw ValidationError(Self.badVersion(version))
        }
        try Self.requireWorkTree(repo)
        let scope = try ProjectScope.load(repo: repo, config: config, component: component, single: true)
        // With --github the draft also reads the pull requests' labels and descriptions.
        let pullRequests = try scope.pullRequestSource(repo: repo, github: github, offline: false, api: api)
        var history = scope.histories(pullRequests: pullRequests, upstreams: upstreams)[0]
        var document = try history.notes(from: nil, to: nil, unreleased: true)
        let chosen = try chosenVersion(suggested: document.suggestedVersion)
        if let tagged = history.releases.first(where: { $0.version == chosen }) {
            throw HeraldCLIError.alreadyTagged(tag: tagged.tag)
        }
        let tagName = chosen.tagName
        document.version = chosen
        document.suggestedVersion = nil
        document.suggestionReason = nil
        let fresh = try scope.renderer(templates: templates, style: style).draft(document)
        let keys = document.changes.map(DraftMarker.key(for:))
        try Self.requireMarkers(keys, in: fresh)
        let file = RepositoryFile(repository: repo, relative: history.notesFile(for: chosen))
        try file.checkInside()
        var draft = DraftDocument(fields: [], offered: keys, body: fresh)
        var saved = EditedText(text: "")
        if !force, let data = try file.read() {
            guard let decoded = EditedText(data: data) else {
                throw HeraldCLIError.draftNotUTF8(file: file.relative)
            }
            saved = decoded
            let existing = DraftDocument(parsing: decoded.text)
            var offered = existing.offered
            if !DraftDocument.hasFrontMatter(decoded.text) {
                // Without the record of what was offered, a deleted entry and a new change look alike: add nothing.
                offered = keys
                let unseen = Set(keys).subtracting(existing.body.split(separator: "\n").compactMap(DraftMarker.key(in:))).count
                if unseen > 0 {
                    history.warn(.draftFrontMatter, "\(file.relative) has no front matter, so herald cannot tell deleted entries from new ones; \(unseen) change\(unseen == 1 ? " was" : "s were") not added: restore the front matter or regenerate with --force")
                }
            }
            draft.body = DraftMerge(edited: existing.body, offered: offered).merged(with: fresh, current: Set(keys))
            draft.offered = offered + keys.filter { !offered.contains($0) }
            draft.fields = existing.fields
        }
        let ours: [(key: String, value: String)] = [
            ("component", history.component.name), ("version", tagName),
            ("base", document.range.from ?? "the first commit"), ("reason", document.range.reason),
            ("generated", today),
        ]
        // Keys a person added to the front matter stay, after Herald's own.
        draft.fields = ours + draft.fields.filter { field in !ours.contains { $0.key == field.key } && field.key != "offered" }
        try AtomicFileWrite.write(saved.encoded(draft.text), to: file.path)
        let relative = file.relative
        guard format == .json || github else { return CommandOutput(text: relative + "\n", diagnostics: history.diagnostics) }
        let payload = ReleasePayload(
            version: chosen, tagPrefix: history.component.tagPrefix, component: history.componentName, body: draft.publishedBody
        )
        guard github else { return CommandOutput(text: try JSONOutput.string(payload), diagnostics: history.diagnostics) }
        let outcome = try publish(payload, repository: scope.githubRepository(for: "herald draft --github"))
        let verb = outcome.created ? "created" : "updated"
        return CommandOutput(text: "\(relative)\n\(verb) draft release \(payload.tagName) (id \(outcome.id))\n", diagnostics: history.diagnostics)
    }

    /// The version to draft: `--version`, else the suggestion, else v0.1.0.
    private func chosenVersion(suggested: SemanticVersion?) throws -> SemanticVersion {
        if let version {
            guard let parsed = SemanticVersion(parsing: version) else { throw ValidationError(Self.badVersion(version)) }
            return parsed
        }
        guard let suggested else { return SemanticVersion(0, 1, 0) }
        // A bump past the digits Herald reads would make a tag no later run could read back.
        guard SemanticVersion(parsing: suggested.tagName) != nil else {
            throw HeraldCLIError.suggestedVersionTooLong(version: suggested.tagName, maximumDigits: SemanticVersion.maximumDigits)
        }
        return suggested
    }

    /// The usage error for a `--version` that is not SemVer.
    static func badVersion(_ version: String) -> String {
        "--version '\(TerminalText.line(version))' is not a version; give one like v1.2.0 or v2.0.0-rc1"
    }

    /// Refuses a bare repository or a git folder: drafts belong in a work tree, never among git's own files.
    static func requireWorkTree(_ repo: String) throws {
        let manager = FileManager.default
        let isGitFolder = manager.fileExists(atPath: repo + "/HEAD") && manager.fileExists(atPath: repo + "/objects")
            && !manager.fileExists(atPath: repo + "/.git")
        if isGitFolder {
            throw HeraldCLIError.noWorkTree(repository: repo)
        }
    }

    /// Refuses a release template that leaves out an entry's `{{marker}}`: without it, regenerating the draft
    /// could not tell an edited entry from a removed one.
    static func requireMarkers(_ keys: [String], in body: String) throws {
        guard let missing = keys.first(where: { !body.contains(DraftMarker.comment(for: $0)) }) else { return }
        throw HeraldCLIError.missingDraftMarker(entry: missing)
    }

    /// Creates or updates the one draft release for the payload's tag.
    private func publish(_ payload: ReleasePayload, repository: String) throws -> GitHubReleases.Outcome {
        let api = self.api ?? GitHubEnvironment.api()
        guard api.token != nil else {
            throw HeraldCLIError.noTokenForRelease
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try GitHubReleases(api: api, repository: repository).upsert(tagName: payload.tagName, payload: encoder.encode(payload))
    }
}
