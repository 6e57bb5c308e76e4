import Configuration
import Foundation
import GitHistory
import Images
import ReleaseNotes
import Versioning

/// Reads what the upstream projects of pinned images released, from a folder the user names: `FOLDER/NAME` is a git
/// clone of `owner/NAME`, or holds that project's published `releases.json` (or `releases/releases.json`).
///
/// Each upstream is read once per command. A clone is read as Herald reads any repository, with its own
/// configuration but never its own upstreams, so two projects naming each other cannot loop.
package final class UpstreamReader: @unchecked Sendable {
    /// The folder of clones and published models.
    let folder: String
    /// How git starts.
    let launch: GitLaunch
    // Filled as upstreams are read; one command reads on one thread.
    private var read: [String: [UpstreamRelease]?] = [:]

    /// A reader of the upstreams under `folder`.
    package init(folder: String, launch: GitLaunch) {
        self.folder = folder
        self.launch = launch
    }

    /// The releases of `repository` (`owner/name`), nil when the folder holds neither a clone nor published models.
    func releases(of repository: String) -> [UpstreamRelease]? {
        if let known = read[repository] { return known }
        let found = try? load(repository)
        read[repository] = .some(found ?? nil)
        return found ?? nil
    }

    private func load(_ repository: String) throws -> [UpstreamRelease]? {
        guard let name = repository.split(separator: "/").last.map(String.init), !name.hasPrefix("."), !name.isEmpty else { return nil }
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

    /// Every release of the clone at `path`, as its changelog reads them.
    private func clone(at path: String) throws -> [UpstreamRelease] {
        let project = try Project.open(path: path, configurationFile: nil, launch: launch)
        var configuration = project.configuration
        configuration.notes.changelogFiles = []
        var history = ProjectHistory(repository: project.repository, tags: project.tags, configuration: configuration)
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
