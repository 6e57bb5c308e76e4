import Changes
import GitHistory
import ReleaseNotes
import Versioning

extension ProjectHistory {
    /// For each change of the default branch since the newest `lineCount` release lines began, where each line stands:
    /// shipped (in which release), merged on its `release-X.Y` branch but unreleased, or missing.
    ///
    /// Reads every release (as the changelog does), the default branch since the oldest line's first release, and
    /// each line's branch past its last release, all from one `git log`.
    package mutating func backports(lineCount: Int) throws -> BackportMatrix {
        let stable = releases.filter { !$0.version.isPrerelease }
        var lines: [(major: Int, minor: Int)] = []
        for release in stable.reversed() where !lines.contains(where: { $0 == (release.version.major, release.version.minor) }) {
            lines.append((release.version.major, release.version.minor))
        }
        lines = Array(lines.sorted { ($0.major, $0.minor) > ($1.major, $1.minor) }.prefix(max(1, lineCount)))
        let names = lines.map { "v\($0.major).\($0.minor)" }
        guard let oldest = lines.last, let start = stable.first(where: { ($0.version.major, $0.version.minor) == oldest }) else {
            return BackportMatrix(component: componentName, lines: names, rows: [])
        }
        let tip = try PipelineStage.resolveRefs.run { try defaultTip ?? resolve(["HEAD"])[0] }
        let branches = self.branches.tips(ofLines: lines)
        var plans = [RangePlan(
            release: nil, to: "default branch", toCommit: tip, base: .requested(start.tag, release: start), from: start.tag, fromCommit: start.commit
        )]
        for line in lines {
            guard let branchTip = branches["release-\(line.major).\(line.minor)"],
                  let last = stable.last(where: { ($0.version.major, $0.version.minor) == line }), last.commit != branchTip else { continue }
            plans.append(RangePlan(
                release: nil, to: "release-\(line.major).\(line.minor)", toCommit: branchTip,
                base: .requested(last.tag, release: last), from: last.tag, fromCommit: last.commit
            ))
        }
        // One graph of every release, the default branch and the lines' branches serves the changelog's notes and these
        // ranges alike, and its reachability answers which commits are on release branches without walking history again.
        let all = try allNotes(graph: nil, alsoReading: [tip] + plans.dropFirst().map(\.toCommit))
        let index = ShipmentIndex(all.documents)
        guard let graph = all.graph else { return BackportMatrix(component: componentName, lines: names, rows: []) }
        // No pull request metadata here, so `exclude` rules see git's authors and no labels.
        let detected = withoutExcluded(try changes(for: plans, graph: graph, whole: true).detected, labels: [:], graph: graph)
        // The pull requests merged on each line's branch since its last release, with the pick that carries each.
        var unreleased: [String: [Int: Int?]] = [:]
        for (plan, found) in zip(plans.dropFirst(), detected.dropFirst()) {
            for change in found.changes {
                for key in ShipmentIndex.keys(of: change) { unreleased[plan.to, default: [:]][key] = change.pullRequest }
            }
        }
        let rows = detected[0].changes.map { change in
            // A change a line shipped as itself is in every newer line too: each was cut from the default branch later.
            let native = lines.reversed().first { line in index.firstShipment(of: change, onLine: line).map { $0.carrier == change.pullRequest } ?? false }
            return BackportMatrix.Row(change: change, lines: lines.map { line in
                if let shipment = index.firstShipment(of: change, onLine: line) {
                    return .init(status: .shipped, version: shipment.version, pullRequest: shipment.carrier == change.pullRequest ? nil : shipment.carrier)
                }
                if let native, (line.major, line.minor) > (native.major, native.minor),
                   let first = stable.first(where: { ($0.version.major, $0.version.minor) == line }) {
                    return .init(status: .shipped, version: first.version)
                }
                let carried = ShipmentIndex.keys(of: change).lazy.compactMap { unreleased["release-\(line.major).\(line.minor)"]?[$0] }.first
                if let carried { return .init(status: .unreleased, pullRequest: carried == change.pullRequest ? nil : carried) }
                return .init(status: .missing)
            })
        }
        // Fixes first: they are what gets backported; the order within each group stays newest first.
        let fixes = rows.filter { $0.change.kind == .fix }
        return BackportMatrix(component: componentName, lines: names, rows: fixes + rows.filter { $0.change.kind != .fix })
    }
}
