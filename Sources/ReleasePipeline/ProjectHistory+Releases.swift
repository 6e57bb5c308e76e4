import Changes
import GitHistory
import Images
import ReleaseNotes
import Versioning

extension ProjectHistory {
    /// Every release, newest first, with its base and pinned images; reads no commits, only manifests.
    package mutating func summaries() throws -> [ReleaseSummary] {
        let picker = BasePicker(releases: releases)
        let pinned = try pinnedImages(at: releases.map(\.tag))
        return releases.reversed().map { release in
            let base = picker.base(for: release.version)
            return ReleaseSummary(
                component: componentName, version: release.version, tag: release.tag, date: date(of: release),
                commit: release.commit, prerelease: release.version.isPrerelease,
                base: .init(tag: base.release?.tag, commit: base.release?.commit, reason: base.reason),
                images: pinned[release.tag] ?? []
            )
        }
    }

    /// The notes of every release, newest first, cut from one `git log` of all release tags.
    ///
    /// Cherry-pick and revert originals are looked up in the same graph; only those it lacks
    /// cost one more git process, and only their ranges are read again.
    ///
    /// Components of one repository share `graph`, read once for all their releases.
    package mutating func allNotes(graph shared: CommitGraph? = nil) throws -> [NotesDocument] {
        // `git log` of no tips would read HEAD: all of history for nothing, or a raw error in an empty repository.
        guard !releases.isEmpty else { return [] }
        let picker = BasePicker(releases: releases)
        let graph = try shared ?? PipelineStage.readGraph.run { try repository.graph(include: Self.tips(of: [self]), withFiles: readsPaths) }
        warnOfRejectedRecords(in: graph)
        let detector = self.detector
        let name = componentName
        let history = self
        let dates = Dictionary(releases.map { ($0.tag, date(of: $0)) }, uniquingKeysWith: { first, _ in first })
        // Ranges are independent once the graph is read, so both cores cut and classify them.
        let results = Array(releases.reversed()).concurrentMap { release -> (NotesDocument, Bool) in
            let base = picker.base(for: release.version)
            let range = graph.range(tip: release.commit, bases: base.release.map { [$0.commit] } ?? [])
            // Large ranges are detected on several threads, so misses are counted under a lock.
            let misses = MissCounter()
            let detected = history.owned(detector.detect(range) { name in
                let found = graph.commit(named: name)
                if found == nil { misses.record() }
                return found
            })
            let document = NotesDocument(
                component: name,
                range: NotesRange(
                    from: base.release?.tag, to: release.tag, fromCommit: base.release?.commit,
                    toCommit: release.commit, reason: base.reason
                ),
                version: release.version, date: dates[release.tag],
                changes: detected.changes, excluded: detected.excluded
            )
            return (document, misses.count > 0)
        }
        var documents = results.map(\.0)
        let incomplete = results.indices.filter { results[$0].1 }
        let pinned = try PipelineStage.readImages.run { try pinnedImages(at: releases.map(\.tag)) }
        for index in documents.indices {
            let current = pinned[documents[index].range.to] ?? []
            let previous = documents[index].range.from.flatMap { pinned[$0] } ?? []
            guard !current.isEmpty || !previous.isEmpty else { continue }
            documents[index].images = current
            documents[index].imageChanges = ImageDiff(base: previous, current: current)
        }
        for index in documents.indices { documents[index] = withPublishedNotes(documents[index]) }
        if !incomplete.isEmpty {
            let ranges = incomplete.map { graph.range(tip: documents[$0].range.toCommit, bases: documents[$0].range.fromCommit.map { [$0] } ?? []) }
            let extra = try PipelineStage.readGraph.run { try lookUpOriginals(for: ranges, in: graph) }
            for (index, range) in zip(incomplete, ranges) {
                let detected = owned(detector.detect(range) { graph.commit(named: $0) ?? extra.commit(named: $0) })
                documents[index].changes = detected.changes
                documents[index].excluded = detected.excluded
            }
        }
        let detected = try PipelineStage.readPullRequests.run {
            try enriched(documents.map { DetectedChanges(changes: $0.changes, excluded: $0.excluded) })
        }
        for index in documents.indices {
            documents[index].changes = detected[index].changes
            documents[index].excluded = detected[index].excluded
        }
        return documents
    }

    /// One graph of every release of `histories` when there are several components, read with one `git log`; nil for one,
    /// which `allNotes` then reads itself. Components share most of their history.
    package static func sharedGraph(of histories: [ProjectHistory]) throws -> CommitGraph? {
        let tips = tips(of: histories)
        guard histories.count > 1, !tips.isEmpty else { return nil }
        return try histories[0].repository.graph(include: tips, withFiles: histories[0].readsPaths)
    }

    /// Releases of several components in one list: newest date first, then the stable order they came in.
    package static func newestFirst(_ summaries: [ReleaseSummary]) -> [ReleaseSummary] {
        summaries.enumerated().sorted { ($0.element.date, $1.offset) > ($1.element.date, $0.offset) }.map(\.element)
    }

    /// Notes of several components in one list: newest date first, then the order they came in.
    package static func newestFirst(_ documents: [NotesDocument]) -> [NotesDocument] {
        NotesDocument.newestFirstOrder(documents).map { documents[$0] }
    }

    /// The commits of every release of `histories`, each once, for one `git log` of them all.
    package static func tips(of histories: [ProjectHistory]) -> [String] {
        var seen = Set<String>()
        return histories.flatMap { $0.releases.map(\.commit) }.filter { seen.insert($0).inserted }
    }
}
