import HeraldSupport
import Changes
import Configuration
import GitHistory
import Versioning

/// A component's releases, read once, and the reading of notes for any range of it.
package struct ProjectHistory {
    /// The repository.
    package let repository: GitRepository
    /// Every tag that names a commit.
    package let tags: [Tag]
    /// The configuration in force.
    package let configuration: HeraldConfiguration
    /// The component this history is of.
    package let component: ComponentConfiguration
    /// The component's releases, ascending by version.
    package let releases: [Release]
    /// Each release's commit by its tag, for reading objects at releases without resolving tag names.
    let commitsByTag: [String: String]
    /// Each release commit's root tree, where the tag list gave it, so files at releases are read without commits.
    let rootTrees: [String: String]
    /// Warnings gathered while reading, such as skipped tags.
    package var warnings: [Diagnostic] = []
    /// Finds and classifies the changes of a range.
    package let detector: ChangeDetector
    /// Where tagged releases' notes files are read, nil to read none.
    package var notesFiles: (any NotesFileSource)?
    /// Where pull request metadata comes from, nil for none: every release's notes are enriched the same way.
    package var pullRequests: (any PullRequestMetadataSource)?
    /// Where the upstreams of pinned images are read from, for digests of their releases; nil reads none.
    package var upstreams: UpstreamReader?
    /// The default branch's and release branches' tips, read with the tags, so look-ups of them start no git.
    let branches: BranchTips
    /// The release-branch and default-branch reads of cross-branch linking, kept so one command walks history once.
    var crossBranchRead: CrossBranchRead?
    /// A range's commits read beside the tags, used by `notes` when it asks for that very range.
    var earlyRange: EarlyRangeGraph?
    /// Changed paths that patch matching read for commits its graphs held without them, by commit: read once a command.
    var matchedPaths: [String: [String]] = [:]

    /// The history of `component` (default: the first) from tags and the branches read with them.
    package init(
        repository: GitRepository, tags: [Tag], configuration: HeraldConfiguration, component: ComponentConfiguration? = nil,
        branches: BranchTips
    ) {
        self.repository = repository
        self.tags = tags
        self.branches = branches
        self.configuration = configuration
        let component = component ?? configuration.components[0]
        self.component = component
        let scheme = TagScheme(prefix: component.tagPrefix, otherPrefixes: configuration.components.map(\.tagPrefix))
        var found: [Release] = []
        var tagOfVersion: [SemanticVersion: String] = [:]
        var trees: [String: String] = [:]
        var warnings: [Diagnostic] = []
        // Room for every tag at once: growing these step by step shows with tens of thousands of tags.
        found.reserveCapacity(tags.count)
        tagOfVersion.reserveCapacity(tags.count)
        trees.reserveCapacity(tags.count)
        for tag in tags where !configuration.ignores(tag: tag.name) {
            switch scheme.classify(tag.name) {
            case .release(let version):
                if let existing = tagOfVersion[version] {
                    warnings.append(Diagnostic(.duplicateVersion, "tags \(existing) and \(tag.name) name the same version; using \(existing)", subject: tag.name))
                } else {
                    tagOfVersion[version] = tag.name
                    found.append(Release(tag: tag.name, version: version, commit: tag.commit, time: tag.time))
                    if let tree = tag.tree { trees[tag.commit] = tree }
                }
            case .otherComponent:
                break
            case .skipped(let reason):
                warnings.append(Diagnostic(.skippedTag, "tag \(tag.name) skipped: \(reason)", subject: tag.name))
            }
        }
        releases = Release.ascending(found)
        commitsByTag = Dictionary(releases.map { ($0.tag, $0.commit) }, uniquingKeysWith: { first, _ in first })
        rootTrees = trees
        self.warnings = warnings
        let owners = configuration.declaresComponents
            ? configuration.components.map(\.ownership) : []
        detector = ChangeDetector(classifier: ChangeClassifier(rules: configuration.rules), components: owners)
    }

    /// The component's name in outputs: nil for a repository that is one component.
    package var componentName: String? { configuration.declaresComponents ? component.name : nil }

    /// Whether `git log` must list changed paths: components or rules that look at paths.
    package var readsPaths: Bool { configuration.needsChangedPaths }

    /// Keeps the changes that belong to this component; changes that belong to none are left out with a reason.
    package func owned(_ detected: DetectedChanges) -> DetectedChanges {
        guard configuration.declaresComponents else { return detected }
        var result = DetectedChanges(changes: [], excluded: detected.excluded)
        // Sized exactly: grown by appending, the kept lists of every range of a large history hold a quarter more.
        result.changes.reserveCapacity(detected.changes.count { $0.components.contains(component.name) })
        for change in detected.changes {
            if change.components.contains(component.name) {
                result.changes.append(change)
            } else if change.components.isEmpty {
                result.excluded.append(ExcludedChange(
                    pullRequest: change.pullRequest, commit: change.commit, title: change.title,
                    reason: "touches no component's paths"
                ))
            }
        }
        return result
    }

    /// Records a warning.
    package mutating func warn(_ code: DiagnosticCode, _ message: String, subject: String? = nil) {
        warnings.append(Diagnostic(code, message, subject: subject))
    }

    /// Every warning so far: those gathered while reading, then configured patterns that ran out of time.
    package var diagnostics: [Diagnostic] { warnings + Self.slowPatternWarnings(configuration) }

    /// A warning for each configured pattern that took too long on some text, which then counted as no match.
    package static func slowPatternWarnings(_ configuration: HeraldConfiguration) -> [Diagnostic] {
        // Classification and exclude rules alike, in the file's order.
        let patterned = configuration.rules.map { ("\($0)", $0.timedOutSearches) }
            + configuration.exclusions.map { ("\($0)", $0.timedOutSearches) }
        let rules = patterned.filter { $0.1 > 0 }.map { rule, count in
            Diagnostic(
                .slowPattern,
                "rule '\(rule)' took over 0.1 s on \(count) change\(count == 1 ? "" : "s"), which count as not matching it; simplify its regular expression"
            )
        }
        let allow = configuration.workflow.lintAllow.filter { $0.timedOutSearches > 0 }.map { pattern in
            Diagnostic(
                .slowPattern,
                "lint.allow pattern /\(pattern.pattern)/ took over 0.1 s on \(pattern.timedOutSearches) title\(pattern.timedOutSearches == 1 ? "" : "s"), which count as not matching it; simplify it"
            )
        }
        return rules + allow
    }

    /// Resolves refs to commits: tag names from memory, then refs git already resolved in `known`, the rest with one
    /// git process.
    package func resolve(_ refs: [String], known: [String: String] = [:]) throws -> [String] {
        let byName = Dictionary(tags.map { ($0.name, $0.commit) }, uniquingKeysWith: { first, _ in first })
        let unknown = refs.filter { byName[$0] == nil && known[$0] == nil }
        let releaseTags = Set(releases.map(\.tag))
        let resolved = try repository.resolve(
            unknown, suggestions: releases.reversed().map(\.tag) + tags.map(\.name).filter { !releaseTags.contains($0) }
        )
        var lookup = Dictionary(zip(unknown, resolved), uniquingKeysWith: { first, _ in first })
        lookup.merge(byName) { first, _ in first }
        lookup.merge(known) { first, _ in first }
        return refs.compactMap { lookup[$0] }
    }

    /// The release at `ref`: the tag itself, or the highest release whose tag points at `commit`.
    package func release(named ref: String, at commit: String) -> Release? {
        releases.first { $0.tag == ref } ?? releases.last { $0.commit == commit }
    }

    /// The date of a release: its tag's time.
    package static func date(of release: Release) -> UTCDate { UTCDate(secondsSince1970: release.time) }
}
