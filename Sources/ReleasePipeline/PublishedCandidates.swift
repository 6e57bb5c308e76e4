import GitHistory
import Versioning

/// The files each release's published section may be in, in the order they win, worked out when asked instead of
/// held: with tens of thousands of releases, every release's refs times paths held at once cost tens of MiB.
struct PublishedCandidates {
    /// A minor line.
    private struct LineKey: Hashable {
        var major: Int
        var minor: Int
    }

    private let releases: [Release]
    private let perLine: [Bool]
    private let defaultTip: String?
    private let branchTips: [String: String]
    /// Each line's branch name and paths, worked out once for all its releases.
    private var lines: [LineKey: (branch: String, paths: [String])] = [:]
    /// The first of the releases at each commit.
    private var firstAt: [String: Int] = [:]
    /// The next release at the same commit as each release, or -1.
    private var nextAt: [Int]

    /// The candidates of `releases` for `patterns`, read at `defaultTip`, the `release-X.Y` tips in `branchTips` and
    /// each release's commit.
    init(releases: [Release], patterns: [String], defaultTip: String?, branchTips: [String: String]) {
        self.releases = releases
        perLine = patterns.map { $0.contains("{minor}") }
        self.defaultTip = defaultTip
        self.branchTips = branchTips
        nextAt = Array(repeating: -1, count: releases.count)
        // Backwards, so each commit's chain runs in the order the releases are given.
        for index in releases.indices.reversed() {
            let release = releases[index]
            nextAt[index] = firstAt[release.commit] ?? -1
            firstAt[release.commit] = index
            let key = LineKey(major: release.version.major, minor: release.version.minor)
            if lines[key] == nil {
                lines[key] = ("release-\(key.major).\(key.minor)", patterns.map { PublishedChangelogs.path($0, for: release.version) })
            }
        }
    }

    /// The candidates of the release at `index`, in the order they win: releases of one commit share one list, each
    /// one's candidates after those of the releases before it.
    func candidates(of index: Int) -> [PublishedChangelogs.Candidate] {
        var result: [PublishedChangelogs.Candidate] = []
        var cursor = firstAt[releases[index].commit] ?? index
        while cursor >= 0 {
            appendOwn(of: releases[cursor], to: &result)
            cursor = nextAt[cursor]
        }
        return result
    }

    /// The files of every release's line on the default branch and its line branch, each once, in release order:
    /// what is read for all releases before any release's own files.
    func branchFiles() -> [PublishedChangelogFiles.Key] {
        var files: [PublishedChangelogFiles.Key] = []
        var listed = Set<PublishedChangelogFiles.Key>()
        for release in releases {
            guard let line = lines[LineKey(major: release.version.major, minor: release.version.minor)] else { continue }
            for commit in [defaultTip, branchTips[line.branch]].compactMap({ $0 }) {
                for path in line.paths where listed.insert(.init(commit: commit, path: path)).inserted {
                    files.append(.init(commit: commit, path: path))
                }
            }
        }
        return files
    }

    /// The default branch's files, the line branch's, then the release's own commit's.
    private func appendOwn(of release: Release, to result: inout [PublishedChangelogs.Candidate]) {
        guard let line = lines[LineKey(major: release.version.major, minor: release.version.minor)] else { return }
        let refs = [(defaultTip, PublishedChangelogs.defaultBranchLabel, false), (branchTips[line.branch], line.branch, false),
                    (Optional(release.commit), release.tag, true)]
        for (commit, label, atRelease) in refs {
            guard let commit else { continue }
            for (path, perLine) in zip(line.paths, perLine) {
                result.append(.init(file: .init(commit: commit, path: path), label: label, perLine: perLine, atRelease: atRelease))
            }
        }
    }
}
