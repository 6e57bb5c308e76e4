import Configuration
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GitHistory
import GitHub
import Images
import ReleaseNotes
import Versioning

/// Reads what the upstream projects of pinned images released, from where the user says: a folder, where
/// `FOLDER/NAME` is a git clone of `owner/NAME` or holds that project's published `releases.json` (or
/// `releases/releases.json`), or the address of published models with `{name}` in it
/// (`https://kubernetes-csi.github.io/{name}/releases/releases.json`), fetched without credentials or redirects.
///
/// Each upstream is read once per command. A clone is read as Herald reads any repository, with its own
/// configuration but never its own upstreams, so two projects naming each other cannot loop.
package final class UpstreamReader: @unchecked Sendable {
    /// The folder of clones and published models, or an address with `{name}`.
    let folder: String
    /// How git starts.
    let launch: GitLaunch
    /// How published models are fetched.
    let transport: any HTTPTransport
    // Filled as upstreams are read; one command reads on one thread.
    private var read: [String: [UpstreamRelease]?] = [:]
    private var problems: [String] = []

    /// A reader of the upstreams under `folder` (or at the address it gives).
    package init(folder: String, launch: GitLaunch, transport: any HTTPTransport = URLSessionTransport(timeout: 20)) {
        self.folder = folder
        self.launch = launch
        self.transport = transport
    }

    /// The releases of `repository` (`owner/name`), nil when its upstream cannot be read (a problem is kept for it).
    func releases(of repository: String) -> [UpstreamRelease]? {
        if let known = read[repository] { return known }
        let found: [UpstreamRelease]?
        do {
            found = try load(repository)
        } catch {
            problems.append("upstream \(repository): \(error); its image bumps have no digest")
            found = nil
        }
        read[repository] = .some(found)
        return found
    }

    /// The problems met since the last call, each once.
    func takeProblems() -> [String] {
        defer { problems = [] }
        return problems
    }

    /// Whether `folder` is an address of published models rather than a folder.
    var isAddress: Bool { folder.hasPrefix("https://") || folder.hasPrefix("http://") }

    private func load(_ repository: String) throws -> [UpstreamRelease]? {
        guard let name = repository.split(separator: "/").last.map(String.init), !name.hasPrefix("."), !name.isEmpty,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else { return nil }
        if isAddress { return try fetch(name: name, repository: repository) }
        let path = (folder as NSString).appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: path + "/.git") {
            return try clone(at: path)
        }
        for file in ["releases.json", "releases/releases.json"] {
            let candidate = (path as NSString).appendingPathComponent(file)
            if let data = FileManager.default.contents(atPath: candidate) { return Self.published(data) }
        }
        return nil
    }

    /// The published models at the address for `name`: one GET, no credentials, no redirect followed.
    private func fetch(name: String, repository: String) throws -> [UpstreamRelease]? {
        guard let url = URL(string: folder.replacingOccurrences(of: "{name}", with: name)) else { return nil }
        let response = try transport.send(URLRequest(url: url))
        guard response.status == 200 else {
            problems.append("upstream \(repository): \(url.absoluteString) answered \(response.status); its image bumps have no digest")
            return nil
        }
        guard let releases = Self.published(response.body) else {
            problems.append("upstream \(repository): \(url.absoluteString) is not a releases.json of schemaVersion 1; its image bumps have no digest")
            return nil
        }
        return releases
    }

    /// Every release of the clone at `path`, as its changelog reads them.
    private func clone(at path: String) throws -> [UpstreamRelease] {
        let project = try Project.open(path: path, configurationFile: nil, launch: launch)
        var configuration = project.configuration
        configuration.notes.changelogFiles = []
        var history = ProjectHistory(repository: project.repository, tags: project.tags, configuration: configuration, branches: project.branches)
        return try history.allNotes().compactMap { document in
            document.version.map { version in
                UpstreamRelease(version: version, changes: document.changes.map { change in
                    .init(kind: change.kind.rawValue, breaking: change.breaking, text: change.note ?? change.title, pullRequest: change.pullRequest)
                })
            }
        }
    }

    /// The releases in a published `releases.json`; nil when it is not one.
    static func published(_ data: Data) -> [UpstreamRelease]? {
        guard data.count <= 64 << 20, let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["schemaVersion"] as? Int == 1, let releases = object["releases"] as? [[String: Any]] else { return nil }
        return releases.compactMap { release in
            guard let version = (release["version"] as? String).flatMap(SemanticVersion.init(parsing:)) else { return nil }
            let changes = (release["changes"] as? [[String: Any]] ?? []).map { change in
                UpstreamRelease.Change(
                    kind: change["kind"] as? String ?? "other", breaking: change["breaking"] as? Bool ?? false,
                    text: change["note"] as? String ?? change["title"] as? String ?? "", pullRequest: change["pullRequest"] as? Int
                )
            }
            return UpstreamRelease(version: version, changes: changes)
        }
    }
}
