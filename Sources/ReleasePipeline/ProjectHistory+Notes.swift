import HeraldSupport
import Changes
import GitHistory
import ReleaseNotes
import Versioning

extension ProjectHistory {
    /// The notes of `from..to` with one `git log` (plus one lookup of cherry-pick originals when needed).
    ///
    /// Without `from`, the base is chosen by the rules of DESIGN §1 and explained in `range.reason`.
    /// With `unreleased`, a `to` that is already tagged is still treated as the next version.
    package mutating func notes(from: String?, to: String?, unreleased: Bool = false) throws -> NotesDocument {
        let toRef = to ?? "HEAD"
        let refs = [toRef] + (from.map { [$0] } ?? [])
        // Ends the early read resolved need no second git; tag names still come from the tags.
        let commits = try PipelineStage.resolveRefs.run { try resolve(refs, known: earlyRange?.resolved ?? [:]) }
        let toCommit = commits[0]
        let release = unreleased ? nil : self.release(named: toRef, at: toCommit)
        // Unreleased changes are measured as the next version of the branch they are on.
        let line = release == nil
            ? ReleaseLine(branch: toRef == "HEAD" ? try PipelineStage.resolveRefs.run { try repository.currentBranch() } : toRef)
            : .defaultBranch(nil)
        let base: BaseChoice
        if let from {
            base = .requested(from, release: releases.first { $0.tag == from })
        } else {
            base = try PipelineStage.readGraph.run { try chosenBase(of: release, on: line, at: toCommit) }
        }
        if releases.isEmpty && from == nil {
            warn(.noTags, "no release tags in \(repository.path): notes start at the first commit")
        }
        let fromCommit = from == nil ? base.release?.commit : commits[1]
        let plan = RangePlan(
            release: release, to: release?.tag ?? toRef, toCommit: toCommit, base: base, from: from ?? base.release?.tag, fromCommit: fromCommit
        )
        let graph = try PipelineStage.readGraph.run {
            try earlyRange?.graph(tip: toCommit, base: fromCommit, withFiles: readsPaths)
                ?? repository.graph(include: [toCommit], exclude: fromCommit.map { [$0] } ?? [], withFiles: readsPaths)
        }
        earlyRange = nil
        warnOfRejectedRecords(in: graph)
        var document = try documents(for: [plan], graph: graph)[0]
        let range = graph.range(tip: toCommit, bases: fromCommit.map { [$0] } ?? [])
        // A patch's changes, and unreleased changes on a release line, are picks or the line's own work: never originals.
        var ownOriginals = release.map { $0.version.patch == 0 } ?? true
        if case .maintenance = line { ownOriginals = false }
        document = try withShipments(document, plans: shipmentPlans(base: base, release: release), range: range, graph: graph, ownOriginals: ownOriginals)
        if release == nil {
            var impact = ChangeImpact(changes: document.changes)
            // A combined release moves at least as far as the images it pins.
            if let pinned = document.imageChanges.flatMap({ PinnedImageImpact(changes: $0, ownNames: document.ownImages) }), pinned.bump > impact.bump {
                impact = ChangeImpact(bump: pinned.bump, driver: pinned.driver)
            }
            let suggestion = VersionSuggester(releases: releases).suggest(bump: impact.bump, driver: impact.driver, on: line)
            document.suggestedVersion = suggestion.version
            document.suggestionReason = suggestion.reason
        }
        return document
    }

    /// `detected`, each reclassified with its pull requests' metadata, read with one request for all of them, and
    /// the labels of each pull request read; no labels without a metadata source.
    ///
    /// Notes of one range and every release of the changelog and site pass through here alike, so a release
    /// gets the same model whichever command asks for it.
    func enriched(_ detected: [DetectedChanges]) throws -> (detected: [DetectedChanges], labels: [Int: [String]]) {
        guard let pullRequests else { return (detected, [:]) }
        let info = try pullRequests.info(for: detected.flatMap { $0.changes.compactMap(\.pullRequest) })
        let enrichment = PullRequestEnrichment(classifier: detector.classifier, info: info)
        return (detected.map(enrichment.apply(to:)), info.mapValues(\.labels))
    }

    /// Warns when `git log` gave records of the wrong shape, which were left out rather than trusted.
    package mutating func warnOfRejectedRecords(in graph: CommitGraph) {
        guard graph.rejectedRecords > 0 else { return }
        let count = graph.rejectedRecords
        warn(.rejectedRecord, "git log gave \(count) record\(count == 1 ? "" : "s") of the wrong shape (field count or object name); \(count == 1 ? "it is" : "they are") left out of the notes")
    }

    /// The commits that cherry-pick trailers and reverts in `ranges` name and `graph` lacks, read with at most one git process.
    package func lookUpOriginals(for ranges: [CommitRange], in graph: CommitGraph) throws -> CommitGraph {
        var missing: [String] = []
        var seen = Set<String>()
        for range in ranges {
            for name in detector.referencedCommits(in: range) where graph.commit(named: name) == nil && seen.insert(name).inserted {
                missing.append(name)
            }
        }
        var originals = CommitGraph()
        for commit in try repository.commits(named: missing) { originals.add(commit) }
        originals.seal()
        return originals
    }
}
