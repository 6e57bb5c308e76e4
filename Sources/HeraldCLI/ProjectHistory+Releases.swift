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
    ///
    /// Cherry-pick and revert originals are looked up in the same graph; only those it lacks
    /// cost one more git process, and only their ranges are read again.
    func allNotes() throws -> [NotesDocument] {
        let picker = BasePicker(releases: releases)
        var seen = Set<String>()
        let tips = releases.map(\.commit).filter { seen.insert($0).inserted }
        let graph = try repository.graph(include: tips)
        let detector = self.detector
        let dates = Dictionary(releases.map { ($0.tag, date(of: $0)) }, uniquingKeysWith: { first, _ in first })
        // Ranges are independent once the graph is read, so both cores cut and classify them.
        let results = Array(releases.reversed()).concurrentMap { release -> (NotesDocument, Bool) in
            let base = picker.base(for: release.version)
            let range = graph.range(tip: release.commit, bases: base.release.map { [$0.commit] } ?? [])
            // Large ranges are detected on several threads, so misses are counted under a lock.
            let misses = MissCounter()
            let detected = detector.detect(range) { name in
                let found = graph.commit(named: name)
                if found == nil { misses.record() }
                return found
            }
            let document = NotesDocument(
                range: NotesRange(
                    from: base.release?.tag, to: release.tag, fromCommit: base.release?.commit,
                    toCommit: release.commit, reason: base.reason
                ),
                version: release.version.tagName, date: dates[release.tag],
                changes: detected.changes, excluded: detected.excluded
            )
            return (document, misses.count > 0)
        }
        var documents = results.map(\.0)
        let incomplete = results.indices.filter { results[$0].1 }
        guard !incomplete.isEmpty else { return documents }
        let ranges = incomplete.map { graph.range(tip: documents[$0].range.toCommit, bases: documents[$0].range.fromCommit.map { [$0] } ?? []) }
        let extra = try lookUpOriginals(for: ranges, in: graph)
        for (index, range) in zip(incomplete, ranges) {
            let detected = detector.detect(range) { graph.commit(named: $0) ?? extra.commit(named: $0) }
            documents[index].changes = detected.changes
            documents[index].excluded = detected.excluded
        }
        return documents
    }

    /// Fails clearly when there is no release to list, naming the tags that were skipped.
    func requireReleases(for command: String) throws {
        guard releases.isEmpty else { return }
        let skipped = diagnostics.filter { $0.code == "skipped-tag" }.count
        let note = skipped > 0 ? " (\(skipped) tag\(skipped == 1 ? " was" : "s were") skipped as not releases; see the warnings)" : ""
        throw HeraldCLIError(
            context: "herald \(command)",
            reason: "no release tags in \(repository.path)\(note); tag a release (git tag v0.1.0) or use `herald notes`, which starts at the first commit"
        )
    }
}
