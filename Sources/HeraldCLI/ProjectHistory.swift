import Changes
import GitHistory
import Versioning

/// A repository's releases, read once, and the reading of notes for any range of it.
struct ProjectHistory {
    /// The repository.
    let repository: GitRepository
    /// Every tag that names a commit.
    let tags: [Tag]
    /// The component's releases, ascending by version.
    let releases: [Release]
    /// Warnings gathered while reading, such as skipped tags.
    private(set) var diagnostics: [Diagnostic] = []
    /// Finds and classifies the changes of a range.
    let detector = ChangeDetector()

    /// Opens the repository at `path` and reads its release tags with one git process.
    init(path: String, scheme: TagScheme = TagScheme()) throws {
        repository = try GitRepository(path: path)
        tags = try repository.tags()
        var byVersion: [SemanticVersion: Release] = [:]
        var warnings: [Diagnostic] = []
        for tag in tags {
            switch scheme.classify(tag.name) {
            case .release(let version):
                let release = Release(tag: tag.name, version: version, commit: tag.commit, time: tag.time)
                if let existing = byVersion[version] {
                    warnings.append(Diagnostic(code: "duplicate-version", message: "tags \(existing.tag) and \(tag.name) name the same version; using \(existing.tag)"))
                } else {
                    byVersion[version] = release
                }
            case .otherComponent:
                break
            case .skipped(let reason):
                warnings.append(Diagnostic(code: "skipped-tag", message: "tag \(tag.name) skipped: \(reason)"))
            }
        }
        releases = byVersion.values.sorted { $0.version < $1.version }
        diagnostics = warnings
    }

    /// Records a warning.
    mutating func warn(_ code: String, _ message: String) {
        diagnostics.append(Diagnostic(code: code, message: message))
    }

    /// Resolves refs to commits: tag names from memory, the rest with one git process.
    func resolve(_ refs: [String]) throws -> [String] {
        let byName = Dictionary(tags.map { ($0.name, $0.commit) }, uniquingKeysWith: { first, _ in first })
        let unknown = refs.filter { byName[$0] == nil }
        let resolved: [String]
        do {
            let releaseTags = Set(releases.map(\.tag))
            resolved = try repository.resolve(
                unknown, suggestions: releases.reversed().map(\.tag) + tags.map(\.name).filter { !releaseTags.contains($0) }
            )
        } catch let error as GitHistoryError where unknown.contains("HEAD") && error.context.contains("'HEAD'") {
            throw GitHistoryError(context: repository.path, reason: "the repository has no commits yet")
        }
        var lookup = Dictionary(zip(unknown, resolved), uniquingKeysWith: { first, _ in first })
        lookup.merge(byName) { first, _ in first }
        return refs.compactMap { lookup[$0] }
    }

    /// The release at `ref`: the tag itself, or the highest release whose tag points at `commit`.
    func release(named ref: String, at commit: String) -> Release? {
        releases.first { $0.tag == ref } ?? releases.last { $0.commit == commit }
    }

    /// The ISO date of a release.
    func date(of release: Release) -> String { ISODate.string(release.time) }
}
