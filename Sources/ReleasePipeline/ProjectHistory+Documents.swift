import Changes
import Dependencies
import GitHistory
import HeraldSupport
import Images
import ReleaseNotes

extension ProjectHistory {
    /// The notes document of each plan, in the order given, from `graph`: the one stage after the ranges are chosen,
    /// so the notes of a range, the changelog and the site build a release alike.
    ///
    /// Changes are detected, cherry-pick and revert originals the graph lacks are read with at most one more git
    /// process, pull request metadata is applied, `exclude` rules leave changes out, and the pinned images and
    /// published notes are added.
    ///
    /// `whole` says `graph` holds all history of its tips and of the default branch, so linking across branches
    /// reads reachability from it instead of walking history again.
    package mutating func documents(for plans: [RangePlan], graph: CommitGraph, whole: Bool = false) throws -> [NotesDocument] {
        // The objects need only the plans, so git reads them while the changes are found, which may walk history with
        // git too.
        let copy = UncheckedSendable(self)
        let (detected, reading) = try SideBySide.run({ try detectedChanges(for: plans, graph: graph, whole: whole) }, beside: {
            UncheckedSendable(copy.value.objectsRead(for: plans))
        })
        return try documents(for: plans, detected: detected, objects: reading.value)
    }

    /// The changes of each plan's range as notes will list them: linked to their originals, with pull request
    /// metadata applied and `exclude` rules' changes left out.
    mutating func detectedChanges(for plans: [RangePlan], graph: CommitGraph, whole: Bool) throws -> [DetectedChanges] {
        let found = try changes(for: plans, graph: graph, whole: whole).detected
        let read = try PipelineStage.readPullRequests.run { try enriched(found) }
        return withoutExcluded(read.detected, labels: read.labels, graph: graph)
    }

    /// The notes document of each plan from its `detected` changes and the objects read for the plans; an error of the
    /// reading is met here, after the changes', as when run in turn.
    mutating func documents(
        for plans: [RangePlan], detected: [DetectedChanges], objects read: Result<ObjectsRead, any Error>
    ) throws -> [NotesDocument] {
        let objects = try read.get()
        // The reading's warnings follow the changes'.
        warnings += objects.warnings
        let (pinned, published, modules) = (objects.pinned, objects.published, objects.modules)
        var documents = zip(plans, detected).map(document(for:with:))
        for index in documents.indices {
            let current = pinned[documents[index].range.to] ?? []
            let previous = documents[index].range.from.flatMap { pinned[$0] } ?? []
            if !current.isEmpty || !previous.isEmpty {
                documents[index].images = current
                documents[index].imageChanges = withUpstreams(ImageDiff(base: previous, current: current, scheme: component.pinnedTagScheme))
                documents[index].ownImages = OwnImages.names(
                    configured: component.images, pinned: (current + previous).map(\.reference), releaseTags: releaseImageTags
                )
            }
            documents[index].dependencies = Self.dependencies(from: plans[index].fromCommit, to: plans[index].toCommit, in: modules)
            documents[index] = withPublishedSection(withPublishedNotes(documents[index]), published[plans[index].toCommit])
        }
        return documents
    }

    /// The images pinned at each plan's refs, the published changelog sections and the module files, read with one
    /// `git cat-file --batch`: what `documents` adds to the changes.
    mutating func objects(
        for plans: [RangePlan]
    ) throws -> (pinned: [String: [PinnedImage]], published: [String: PublishedChangelogs.Section], modules: [String: GoModFile]) {
        // Each release's refs in turn, so warnings about a manifest come out in the same order every run.
        let refs = plans.flatMap { [$0.to] + ($0.from.map { [$0] } ?? []) }
        let objects = try GitObjectReader(repository: repository)
        defer { objects.close() }
        let (pinned, modules) = try imagesAndModules(for: plans, refs: refs, objects: objects)
        let published = try PipelineStage.readPublished.run { try publishedSections(for: plans, reader: objects) }
        return (pinned, published, modules)
    }

    /// `objects(for: plans)`, read on a copy of this history; an error is kept for the caller to meet where reading
    /// in turn would have met it.
    func objectsRead(for plans: [RangePlan]) -> Result<ObjectsRead, any Error> {
        var history = self
        let before = warnings.count
        return Result {
            let (pinned, published, modules) = try history.objects(for: plans)
            return ObjectsRead(pinned: pinned, published: published, modules: modules, warnings: Array(history.warnings.dropFirst(before)))
        }
    }

    /// The images pinned at `refs` and the module files at the plans' commits, read through one set of root trees;
    /// a function of its own so those trees are let go before the changelog files are read.
    private mutating func imagesAndModules(
        for plans: [RangePlan], refs: [String], objects: GitObjectReader
    ) throws -> (pinned: [String: [PinnedImage]], modules: [String: GoModFile]) {
        let files = ManifestFiles(reader: objects, knownRoots: rootTrees)
        let pinned = try PipelineStage.readImages.run { try pinnedImages(at: refs, files: files) }
        let modules = try PipelineStage.readDependencies.run {
            try goModules(at: plans.flatMap { [$0.toCommit] + ($0.fromCommit.map { [$0] } ?? []) }, files: files)
        }
        return (pinned, modules)
    }

    /// The changes of each plan's range, cherry-picks linked to their originals: the part of `documents` that
    /// says which pull requests a release carries. With them, what each range's merges brought, by merge: all of a
    /// range that linking reads again.
    ///
    /// Without `linking`, changes on release branches are not linked to the default branch by title or patch.
    mutating func changes(
        for plans: [RangePlan], graph: CommitGraph, whole: Bool = false, linking: Bool = true
    ) throws -> (brought: [[String: [Commit]]], detected: [DetectedChanges]) {
        let detector = self.detector
        // One range's graph holds little beyond it: its cherry-pick and revert originals are read before detecting it,
        // so it is detected once. Many ranges share a graph of all history that holds nearly every original.
        let single = plans.count == 1 ? graph.range(tip: plans[0].toCommit, bases: plans[0].fromCommit.map { [$0] } ?? []) : nil
        let lookedUp = try single.map { range in try PipelineStage.readGraph.run { try lookUpOriginals(for: [range], in: graph) } } ?? CommitGraph()
        let history = self
        // Ranges are independent once the graph is read, so both cores cut and classify them.
        let first = plans.concurrentMap { plan -> (brought: [String: [Commit]], detected: DetectedChanges, missed: [String]) in
            let range = single ?? graph.range(tip: plan.toCommit, bases: plan.fromCommit.map { [$0] } ?? [])
            // Large ranges are detected on several threads, so misses are recorded under a lock.
            let missed = MissedNames()
            let detected = history.owned(detector.detect(range) { name in
                let found = graph.commit(named: name) ?? lookedUp.commit(named: name)
                if found == nil { missed.record(name) }
                return found
            })
            // Linking reads only what merges brought: each mainline's copies go now, not once every range is detected.
            return (range.merged, detected, missed.names)
        }
        let brought = first.map(\.brought)
        var detected = first.map(\.detected)
        // A name still missing after the look-up is missing from the repository: reading again finds nothing more.
        if plans.count > 1, first.contains(where: { !$0.missed.isEmpty }) {
            var seen = Set<String>()
            let names = first.flatMap(\.missed).filter { seen.insert($0).inserted }
            var extra = CommitGraph()
            for commit in try PipelineStage.readGraph.run({ try repository.commits(named: names) }) { extra.add(commit) }
            extra.seal()
            // Only a range that missed a name git found reads differently the second time.
            for index in first.indices where first[index].missed.contains(where: { extra.commit(named: $0) != nil }) {
                let range = graph.range(tip: plans[index].toCommit, bases: plans[index].fromCommit.map { [$0] } ?? [])
                detected[index] = owned(detector.detect(range) { graph.commit(named: $0) ?? extra.commit(named: $0) })
            }
        }
        guard linking else { return (brought, detected) }
        try PipelineStage.linkBranches.run { try linkAcrossBranches(&detected, brought: brought, plans: plans, whole: whole ? graph : nil) }
        return (brought, detected)
    }

    /// The notes document of `plan` with `detected`, before images, published notes and pull request metadata.
    func document(for plan: RangePlan, with detected: DetectedChanges) -> NotesDocument {
        NotesDocument(
            component: componentName,
            range: NotesRange(from: plan.from, to: plan.to, fromCommit: plan.fromCommit, toCommit: plan.toCommit, reason: plan.base.reason),
            version: plan.release?.version, date: plan.release.map(Self.date(of:)),
            changes: detected.changes, excluded: detected.excluded
        )
    }
}
