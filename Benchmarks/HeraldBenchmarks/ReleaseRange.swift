/// The mid-history minor range the "range" benchmark reads, vX.(Y-1).0..vX.Y.0, found from the repository's tags.
struct ReleaseRange {
    /// The older minor release, vX.(Y-1).0.
    let from: String
    /// The newer minor release, vX.Y.0.
    let to: String
    /// Commits in `from..to`, as `git rev-list --count` counts them.
    let commits: Int

    /// "v3.4.0..v3.5.0", the revision range git and git-cliff take.
    var revisions: String {
        "\(from)..\(to)"
    }

    /// Picks the middle one of the minors whose previous minor of the same major was also released.
    static func middle(of repository: String) throws -> ReleaseRange {
        let listing = try ChildProcess.capture(["git", "-C", repository, "tag", "-l", "v*.*.0"])
        let versions = Set(listing.split(separator: "\n").compactMap(minorVersion))
        let candidates = versions
            .filter { $0.minor > 0 && versions.contains(MinorVersion(major: $0.major, minor: $0.minor - 1)) }
            .sorted()
        guard !candidates.isEmpty else {
            throw BenchmarkFailure("\(repository) has no two consecutive minor releases vX.Y.0 to benchmark")
        }
        let chosen = candidates[candidates.count / 2]
        let from = MinorVersion(major: chosen.major, minor: chosen.minor - 1).tag
        let revisions = "\(from)..\(chosen.tag)"
        let counted = try ChildProcess.capture(["git", "-C", repository, "rev-list", "--count", revisions])
        guard let commits = Int(counted.trimmingWhitespace) else {
            throw BenchmarkFailure("git rev-list --count printed \(counted) instead of a number")
        }
        return ReleaseRange(from: from, to: chosen.tag, commits: commits)
    }

    /// The range between the first releases of two middle majors, vX.0.0..v(X+1).0.0: tens of thousands of commits,
    /// where herald's fixed start-up cost no longer hides its cost per commit.
    static func major(of repository: String) throws -> ReleaseRange? {
        let listing = try ChildProcess.capture(["git", "-C", repository, "tag", "-l", "v*.0.0"])
        let majors = Set(listing.split(separator: "\n").compactMap(minorVersion).filter { $0.minor == 0 }.map(\.major))
        let candidates = majors.filter { majors.contains($0 + 1) }.sorted()
        guard !candidates.isEmpty else { return nil }
        let chosen = candidates[candidates.count / 2]
        let from = MinorVersion(major: chosen, minor: 0).tag, to = MinorVersion(major: chosen + 1, minor: 0).tag
        let counted = try ChildProcess.capture(["git", "-C", repository, "rev-list", "--count", "\(from)..\(to)"])
        guard let commits = Int(counted.trimmingWhitespace) else {
            throw BenchmarkFailure("git rev-list --count printed \(counted) instead of a number")
        }
        return ReleaseRange(from: from, to: to, commits: commits)
    }

    /// The first patch of `minor`'s newer release, vX.Y.0..vX.Y.1, tagged on its release branch: the notes that link
    /// cherry-picks to the default branch by title and patch id. Nil when that patch was never released.
    static func patch(after minor: ReleaseRange, in repository: String) throws -> ReleaseRange? {
        let patch = String(minor.to.dropLast(2)) + ".1"
        let listed = try ChildProcess.capture(["git", "-C", repository, "tag", "-l", patch])
        guard listed.trimmingWhitespace == patch else { return nil }
        let counted = try ChildProcess.capture(["git", "-C", repository, "rev-list", "--count", "\(minor.to)..\(patch)"])
        guard let commits = Int(counted.trimmingWhitespace) else {
            throw BenchmarkFailure("git rev-list --count printed \(counted) instead of a number")
        }
        return ReleaseRange(from: minor.to, to: patch, commits: commits)
    }

    /// The major and minor of a plain "vX.Y.0" tag; nil for candidates like "vX.Y.0-rc1" and anything else.
    private static func minorVersion(_ tag: Substring) -> MinorVersion? {
        guard tag.hasPrefix("v"), tag.hasSuffix(".0") else {
            return nil
        }
        let parts = tag.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let major = Int(parts[0]), let minor = Int(parts[1]) else {
            return nil
        }
        return MinorVersion(major: major, minor: minor)
    }
}

/// A major and minor version number pair, ordered numerically.
struct MinorVersion: Hashable, Comparable {
    /// X of vX.Y.0.
    let major: Int
    /// Y of vX.Y.0.
    let minor: Int

    /// The release tag, "vX.Y.0".
    var tag: String {
        "v\(major).\(minor).0"
    }

    /// Orders by major, then minor.
    static func < (left: MinorVersion, right: MinorVersion) -> Bool {
        (left.major, left.minor) < (right.major, right.minor)
    }
}

extension String {
    /// The text without leading or trailing spaces and newlines, as git's one-number outputs need.
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
