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

    /// A release that ships something: its version and tag time.
    private var releases: [(version: SemanticVersion, time: Int)] = []
    /// Each release's tag time, major and minor, and place in version order, for look-ups that copy no version.
    private var times: [Int] = []
    private var lines: [Int64] = []
    private var ranks: [Int32] = []
    /// Every (release, carrier) pair, chained per pull request through `next` (-1 ends a chain).
    private var entries: [(release: Int32, carrier: Int?, next: Int32)] = []
    /// Each pull request's newest entry.
    private var head: [Int: Int32] = [:]

    /// Indexes every stable release of `documents`: each change counts for its own pull request and its originals.
    /// Pre-releases ship nothing for good: a change in v2.0.0-rc.1 ships with v2.0.0.
    public init(_ documents: [NotesDocument]) {
        // Flat chains rather than an array per pull request: a changelog indexes a hundred thousand changes.
        let total = documents.reduce(0) { $0 + $1.changes.count }
        entries.reserveCapacity(total)
        head.reserveCapacity(total)
        for document in documents {
            guard let version = document.version, !version.isPrerelease, let date = document.date else { continue }
            let release = Int32(releases.count)
            releases.append((version, date.secondsSince1970))
            // Fields through indices: iterating would copy every change, a dozen references each.
            for index in document.changes.indices {
                let carrier = document.changes[index].pullRequest
                if let carrier { add(carrier, release: release, carrier: carrier) }
                for original in document.changes[index].originals { add(original.pullRequest, release: release, carrier: carrier) }
            }
        }
        rankReleases()
    }

    /// Fills `times`, `lines` and `ranks` from `releases`.
    private mutating func rankReleases() {
        times = releases.map(\.time)
        lines = releases.map { Int64($0.version.major) << 32 | Int64($0.version.minor) }
        ranks = Array(repeating: 0, count: releases.count)
        for (rank, release) in releases.indices.sorted(by: { releases[$0].version < releases[$1].version }).enumerated() {
            ranks[release] = Int32(rank)
        }
    }

    /// Chains one more shipment of pull request `number`.
    private mutating func add(_ number: Int, release: Int32, carrier: Int?) {
        entries.append((release, carrier, head[number] ?? -1))
        head[number] = Int32(entries.count - 1)
    }

    /// The shipments of pull request `number`, newest indexed first.
    private func shipments(of number: Int) -> [Shipment] {
        var found: [Shipment] = []
        var entry = head[number] ?? -1
        while entry >= 0 {
            let release = releases[Int(entries[Int(entry)].release)]
            found.append(Shipment(version: release.version, time: release.time, carrier: entries[Int(entry)].carrier))
            entry = entries[Int(entry)].next
        }
        return found
    }

    /// The pull requests a change stands for: its own and those it cherry-picks.
    public static func keys(of change: Change) -> [Int] {
        (change.pullRequest.map { [$0] } ?? []) + change.cherryPickOf
    }

    /// The first release of `line` (major, minor) that shipped `change` or a pick of it, at any time.
    public func firstShipment(of change: Change, onLine line: (major: Int, minor: Int)) -> Shipment? {
        Self.keys(of: change).flatMap { shipments(of: $0) }
            .filter { $0.version.major == line.major && $0.version.minor == line.minor }
            .min { $0.version < $1.version }
    }

    /// The first release of each release line (major.minor) that shipped `change` or a pick of it, newest first,
    /// counting only releases tagged after `after` and no later than `through` (seconds since 1970; nil: no bound).
    public func shippedIn(_ change: Change, after: Int?, through: Int?) -> [SemanticVersion] {
        shippedIn(pullRequest: change.pullRequest, picking: change.originals.map(\.pullRequest), after: after, through: through)
    }

    /// `shippedIn` of a change that is `pullRequest` and cherry-picks `picking`.
    private func shippedIn(pullRequest: Int?, picking: [Int], after: Int?, through: Int?) -> [SemanticVersion] {
        // A few shipments a change at most: a small array of release indices, compared by precomputed line and rank,
        // keeps a changelog's hundred thousand look-ups free of version copies.
        var first: [Int32] = []
        func visit(_ number: Int) {
            var entry = head[number] ?? -1
            while entry >= 0 {
                let release = entries[Int(entry)].release
                entry = entries[Int(entry)].next
                let time = times[Int(release)]
                if let after, time <= after { continue }
                if let through, time > through { continue }
                let line = lines[Int(release)]
                if let index = first.firstIndex(where: { lines[Int($0)] == line }) {
                    if ranks[Int(release)] < ranks[Int(first[index])] { first[index] = release }
                } else {
                    first.append(release)
                }
            }
        }
        if let pullRequest { visit(pullRequest) }
        for number in picking { visit(number) }
        if first.count > 1 { first.sort { ranks[Int($0)] > ranks[Int($1)] } }
        return first.map { releases[Int($0)].version }
    }

    /// Fills in each change's `shippedIn` from this index, in place, each document counting the releases tagged after
    /// its base and no later than itself: where its changes had shipped when it was made.
    public func mark(_ documents: inout [NotesDocument], baseTimes: [String: Int]) {
        // In place: copying a changelog's documents to change one field each costs more than the look-ups.
        for document in documents.indices {
            let after = documents[document].range.from.flatMap { baseTimes[$0] }
            let through = documents[document].date?.secondsSince1970
            for index in documents[document].changes.indices {
                let shipped = shippedIn(
                    pullRequest: documents[document].changes[index].pullRequest,
                    picking: documents[document].changes[index].originals.map(\.pullRequest),
                    after: after, through: through
                )
                if shipped != documents[document].changes[index].shippedIn { documents[document].changes[index].shippedIn = shipped }
            }
        }
    }
}
