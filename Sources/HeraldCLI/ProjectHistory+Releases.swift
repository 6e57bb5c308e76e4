import GitHistory
import ReleaseNotes
import Versioning

extension ProjectHistory {
    /// Every release, newest first, with its base; reads no commits.
    func summaries() -> [ReleaseSummary] {
        let picker = BasePicker(releases: releases)
        return releases.reversed().map { release in
            let base = picker.base(for: release.version)
            return ReleaseSummary(
                component: nil, version: release.version.tagName, tag: release.tag, date: date(of: release),
                commit: release.commit, prerelease: release.version.isPrerelease,
                base: .init(tag: base.release?.tag, commit: base.release?.commit, reason: base.reason)
            )
        }
    }

    /// The notes of every release, newest first, cut from one `git log` of all release tags.
    func allNotes() throws -> [NotesDocument] {
        let picker = BasePicker(releases: releases)
        var seen = Set<String>()
        let tips = releases.map(\.commit).filter { seen.insert($0).inserted }
        let graph = try repository.graph(include: tips)
        let ordered = Array(releases.reversed())
        let bases = ordered.map { picker.base(for: $0.version) }
        let ranges = zip(ordered, bases).map { release, base in
            graph.range(tip: release.commit, bases: base.release.map { [$0.commit] } ?? [])
        }
        let originals = try lookUpOriginals(for: ranges, in: graph)
        return zip(ordered, zip(bases, ranges)).map { release, pair in
            let (base, range) = pair
            let detected = detector.detect(range) { graph.commit(named: $0) ?? originals.commit(named: $0) }
            return NotesDocument(
                range: NotesRange(
                    from: base.release?.tag, to: release.tag, fromCommit: base.release?.commit,
                    toCommit: release.commit, reason: base.reason
                ),
                version: release.version.tagName, date: date(of: release),
                changes: detected.changes, excluded: detected.excluded
            )
        }
    }

    /// Fails clearly when there is no release to list.
    func requireReleases(for command: String) throws {
        guard releases.isEmpty else { return }
        throw HeraldCLIError(
            context: "herald \(command)",
            reason: "no release tags in \(repository.path); tag a release (git tag v0.1.0) or use `herald notes`, which starts at the first commit"
        )
    }
}
