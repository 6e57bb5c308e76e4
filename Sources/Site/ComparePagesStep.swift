import Foundation
import ReleaseNotes
import Versioning

/// Renders, for every release, pages comparing it with its older neighbour and with the latest release of each
/// of the older minor lines readers still run; and each component's form that compares any two releases.
struct ComparePagesStep: SiteStep {
    let name = "render comparisons"

    /// How many older minor lines each release is compared with, besides its older neighbour.
    static let olderLines = 3

    /// One comparison page to make.
    struct Job: Sendable {
        var component: Int
        var older: NotesDocument
        var newer: NotesDocument
    }

    func run(_ state: inout SiteState) throws {
        let histories = state.content.components.map { ReleaseHistory($0.releases) }
        var jobs: [Job] = []
        for (index, component) in state.content.components.enumerated() {
            for release in component.releases {
                jobs += Self.targets(for: release, among: component.releases).map { Job(component: index, older: $0, newer: release) }
            }
        }
        let snapshot = state
        let progress = ProgressCounter(total: jobs.count, report: state.progress, label: name)
        let pages = jobs.concurrentMap { job -> Swift.Result<(String, String), Error> in
            defer { progress.advance() }
            return Swift.Result {
                let comparison = ReleaseComparison(older: job.older, newer: job.newer, history: histories[job.component])
                return try snapshot.comparePage(comparison, component: snapshot.content.components[job.component])
            }
        }
        for page in pages {
            let (path, html) = try page.get()
            state.add(path, html)
        }
        for component in state.content.components where component.releases.contains(where: { $0.version != nil }) {
            try state.addCompareForm(component, history: ReleaseHistory(component.releases))
        }
    }

    /// The releases `release` gets a comparison page with: the one just older on its line (or the newest of the
    /// older lines) and the latest release of each of the `olderLines` minor lines below its own, newest first.
    static func targets(for release: NotesDocument, among releases: [NotesDocument]) -> [NotesDocument] {
        guard let version = release.version else { return [] }
        var targets: [NotesDocument] = []
        if let older = SiteState.neighbours(of: release, among: releases).older { targets.append(older) }
        // The latest of each older line, stable releases preferred, since that is what readers run.
        var latestOfLine: [Line: NotesDocument] = [:]
        for other in releases {
            guard let otherVersion = other.version, Line(otherVersion) < Line(version) else { continue }
            let line = Line(otherVersion)
            if let current = latestOfLine[line]?.version, Self.preferred(current, over: otherVersion) { continue }
            latestOfLine[line] = other
        }
        for candidate in latestOfLine.sorted(by: { $0.key > $1.key }).prefix(olderLines).map(\.value) {
            if !targets.contains(where: { $0.range.to == candidate.range.to }) { targets.append(candidate) }
        }
        return targets
    }

    /// Whether `kept` stays the line's latest rather than `other`: a stable release beats a pre-release, then the higher version wins.
    static func preferred(_ kept: SemanticVersion, over other: SemanticVersion) -> Bool {
        if kept.isPrerelease != other.isPrerelease { return !kept.isPrerelease }
        return kept > other
    }

    /// A minor release line, such as 6.2.
    struct Line: Hashable, Comparable {
        var major: Int
        var minor: Int

        /// The line of `version`.
        init(_ version: SemanticVersion) {
            major = version.major
            minor = version.minor
        }

        static func < (left: Line, right: Line) -> Bool {
            (left.major, left.minor) < (right.major, right.minor)
        }
    }
}
