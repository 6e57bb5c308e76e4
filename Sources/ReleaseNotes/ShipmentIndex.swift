import Changes
import Versioning

/// Which releases shipped each pull request, itself or through a cherry-pick: the answer to "which lines have this fix?".
public struct ShipmentIndex: Sendable {
    /// One release that shipped a pull request.
    public struct Shipment: Sendable, Equatable {
        /// The release.
        public var version: SemanticVersion
        /// Its tag time, seconds since 1970.
        public var time: Int
        /// The pull request that carried the change into it: the change itself or a cherry-pick.
        public var carrier: Int?
    }

    private var byPullRequest: [Int: [Shipment]] = [:]

    /// Indexes every stable release of `documents`: each change counts for its own pull request and its originals.
    /// Pre-releases ship nothing for good: a change in v2.0.0-rc.1 ships with v2.0.0.
    public init(_ documents: [NotesDocument]) {
        for document in documents {
            guard let version = document.version, !version.isPrerelease, let date = document.date else { continue }
            for change in document.changes {
                for number in Self.keys(of: change) {
                    byPullRequest[number, default: []].append(Shipment(version: version, time: date.secondsSince1970, carrier: change.pullRequest))
                }
            }
        }
    }

    /// The pull requests a change stands for: its own and those it cherry-picks.
    public static func keys(of change: Change) -> [Int] {
        (change.pullRequest.map { [$0] } ?? []) + change.cherryPickOf
    }

    /// The first release of `line` (major, minor) that shipped `change` or a pick of it, at any time.
    public func firstShipment(of change: Change, onLine line: (major: Int, minor: Int)) -> Shipment? {
        Self.keys(of: change).flatMap { byPullRequest[$0] ?? [] }
            .filter { $0.version.major == line.major && $0.version.minor == line.minor }
            .min { $0.version < $1.version }
    }

    /// The first release of each release line (major.minor) that shipped `change` or a pick of it, newest first,
    /// counting only releases tagged after `after` and no later than `through` (seconds since 1970; nil: no bound).
    public func shippedIn(_ change: Change, after: Int?, through: Int?) -> [SemanticVersion] {
        // A few shipments a change at most: a small array beats a dictionary for each of a changelog's changes.
        var first: [SemanticVersion] = []
        for number in Self.keys(of: change) {
            for shipment in byPullRequest[number] ?? [] {
                if let after, shipment.time <= after { continue }
                if let through, shipment.time > through { continue }
                let version = shipment.version
                if let index = first.firstIndex(where: { $0.major == version.major && $0.minor == version.minor }) {
                    if version < first[index] { first[index] = version }
                } else {
                    first.append(version)
                }
            }
        }
        return first.count < 2 ? first : first.sorted(by: >)
    }

    /// `documents` with each change's `shippedIn` filled in from this index, each document counting the releases
    /// tagged after its base and no later than itself: where its changes had shipped when it was made.
    public func marking(_ documents: [NotesDocument], baseTimes: [String: Int]) -> [NotesDocument] {
        documents.map { document in
            var marked = document
            let after = document.range.from.flatMap { baseTimes[$0] }
            let through = document.date?.secondsSince1970
            for index in marked.changes.indices {
                marked.changes[index].shippedIn = shippedIn(marked.changes[index], after: after, through: through)
            }
            return marked
        }
    }
}
