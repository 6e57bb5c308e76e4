import Versioning

/// A component's stable versions grouped by minor line and sorted, for "the line's previous stable release" in
/// logarithmic time instead of a scan of every release per release.
struct StableVersionsByLine {
    private let lines: [LineKey: [SemanticVersion]]

    /// Groups the stable versions of `releases`.
    init(_ releases: [Release]) {
        var lines: [LineKey: [SemanticVersion]] = [:]
        for release in releases where !release.version.isPrerelease {
            lines[LineKey(major: release.version.major, minor: release.version.minor), default: []].append(release.version)
        }
        self.lines = lines.mapValues { $0.sorted() }
    }

    /// The newest stable version of `version`'s line that is older than it, nil when there is none.
    func previous(before version: SemanticVersion) -> SemanticVersion? {
        guard let line = lines[LineKey(major: version.major, minor: version.minor)] else { return nil }
        // The first index whose version is not older: the one before it is the answer.
        var low = 0, high = line.count
        while low < high {
            let middle = (low + high) / 2
            if line[middle] < version { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? line[low - 1] : nil
    }

    /// A minor line.
    private struct LineKey: Hashable {
        var major: Int
        var minor: Int
    }
}
