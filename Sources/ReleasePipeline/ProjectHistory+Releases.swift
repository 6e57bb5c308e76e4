import Changes
import GitHistory
import HeraldSupport
import Images
import ReleaseNotes
import Versioning

extension ProjectHistory {
    /// Every release, newest first, with its base and pinned images; reads manifests, and commits' parents only where
    /// a base depends on whether a previous line's patches are ancestors.
    package mutating func summaries() throws -> [ReleaseSummary] {
        let objects = try GitObjectReader(repository: repository)
        defer { objects.close() }
        // Bases are releases too, so the objects read needs no base: the ancestry log runs beside it.
        let releases = releases, repository = repository
        let ((pinned, modules), picker) = try SideBySide.run({
            let files = ManifestFiles(reader: objects, knownRoots: rootTrees)
            let pinned = try pinnedImages(at: releases.map(\.tag), files: files)
            let modules = try PipelineStage.readDependencies.run { try goModules(at: releases.map(\.commit), files: files) }
            return (pinned, modules)
        }, beside: {
            try PipelineStage.readGraph.run { try Self.basePickerForAllReleases(of: releases, in: repository, graph: nil) }
        })
        // Each summary is its own: with thousands of releases, both cores choose bases and compare module files.
        let componentName = componentName
        return Array(releases.reversed()).concurrentMap { release in
            let base = picker.base(for: release)
            var summary = ReleaseSummary(
                component: componentName, version: release.version, tag: release.tag, date: Self.date(of: release),
                commit: release.commit, prerelease: release.version.isPrerelease,
                base: .init(tag: base.release?.tag, commit: base.release?.commit, reason: base.reason),
                images: pinned[release.tag] ?? []
            )
            summary.dependencies = Self.dependencies(from: base.release?.commit, to: release.commit, in: modules).map(DependencyCounts.init)
            return summary
        }
    }

    /// The notes of every release, newest first, cut from one `git log` of all release tags.
    ///
    /// Cherry-pick and revert originals are looked up in the same graph; only those it lacks
    /// cost one more git process, and only their ranges are read again.
    ///
    /// Components of one repository share `graph`, read once for all their releases.
    package mutating func allNotes(graph shared: CommitGraph? = nil) throws -> [NotesDocument] {
        try allNotes(graph: shared, alsoReading: nil).documents
    }

    /// `allNotes(graph:)`, whose `git log` (when no graph is given) reads the history of `extraTips` too; given
    /// `extraTips`, the graph comes back for the caller's own ranges, else it is freed beside what follows (nil).
    mutating func allNotes(graph shared: CommitGraph?, alsoReading extraTips: [String]?) throws -> (documents: [NotesDocument], graph: CommitGraph?) {
        // `git log` of no tips would read HEAD: all of history for nothing, or a raw error in an empty repository.
        guard !releases.isEmpty else { return ([], nil) }
        // Every base is an earlier release, so the releases alone name every object the plans read: git reads them
        // beside the log and the changes, on the core those leave idle, and they are taken in once both are done.
        let copy = UncheckedSendable(self)
        let objectPlans = releases.map { RangePlan(release: $0, base: BaseChoice(release: nil, reason: "")) }
        let ((plans, detected, kept), reading) = try SideBySide.run({ () throws -> ([RangePlan], [DetectedChanges], CommitGraph?) in
            // The default branch's tip too, so linking across branches finds what it reaches in this graph.
            let defaultTips = defaultTip.map { [$0] } ?? []
            let graph = try shared ?? PipelineStage.readGraph.run {
                try repository.graph(include: Self.tips(of: [self]) + defaultTips + (extraTips ?? []), withFiles: readsPaths)
            }
            warnOfRejectedRecords(in: graph)
            // The graph holds every release, so it answers whether patches are ancestors without git.
            let picker = try basePickerForAllReleases(in: graph)
            // Oldest first, so manifests are read (and warned about) in version order; listed newest first.
            let plans = releases.map { RangePlan(release: $0, base: picker.base(for: $0)) }
            let detected = try detectedChanges(for: plans, graph: graph, whole: true)
            // A graph read here and not asked for is needed no more: it is freed beside what follows.
            if extraTips != nil { return (plans, detected, graph) }
            if shared == nil { BackgroundRelease.release(consume graph) }
            return (plans, detected, nil)
        }, beside: { UncheckedSendable(copy.value.objectsRead(for: objectPlans)) })
        var documents = try documents(for: plans, detected: detected, objects: reading.value)
        ShipmentIndex(documents).mark(&documents, baseTimes: releaseTimes)
        return (documents.reversed(), kept)
    }

    /// One graph of every release of `histories` when there are several components, read with one `git log`; nil for one,
    /// which `allNotes` then reads itself. Components share most of their history.
    package static func sharedGraph(of histories: [ProjectHistory]) throws -> CommitGraph? {
        let tips = tips(of: histories)
        guard histories.count > 1, !tips.isEmpty else { return nil }
        let first = histories[0]
        let defaultTips = first.defaultTip.map { [$0] } ?? []
        return try first.repository.graph(include: tips + defaultTips, withFiles: first.readsPaths)
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
