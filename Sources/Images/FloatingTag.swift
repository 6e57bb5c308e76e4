import Versioning

/// A tag that moves as releases are published, such as `v3.1`, and what it points at now.
public struct FloatingTag: Sendable, Hashable, Codable {
    /// The tag, such as `v3`, `v3.1` or `canary`.
    public var tag: String
    /// What it points at: a release's image tag such as `v3.1.2`, or `default branch` for `canary`.
    public var target: String
    /// The repository it is pushed under when that is not the image's own (a staging registry), or nil.
    public var repository: String?

    /// What `canary` points at.
    public static let canaryTarget = "default branch"

    /// Creates a floating tag.
    public init(tag: String, target: String, repository: String? = nil) {
        self.tag = tag
        self.target = target
        self.repository = repository
    }

    /// The floating tags `forms` produce for `releases`: `canary`, each line's `X.Y-canary`, then each major's and
    /// minor's tag, newest series first. Each series tag points at the highest stable release of its series;
    /// pre-releases never move them.
    public static func resolve(releases: [Release], forms: [ImageTagForm]) -> [FloatingTag] {
        var tags: [FloatingTag] = []
        for form in forms where form.kind == .canary {
            tags.append(FloatingTag(tag: "canary", target: canaryTarget, repository: form.repository))
        }
        let lines = Set(releases.map { [$0.version.major, $0.version.minor] }).sorted { $0.lexicographicallyPrecedes($1) }.reversed()
        for form in forms where form.kind == .lineCanary {
            for line in lines {
                tags.append(FloatingTag(tag: "\(form.prefix)\(line[0]).\(line[1])-canary", target: "release-\(line[0]).\(line[1]) branch", repository: form.repository))
            }
        }
        let major = forms.first { $0.kind == .major }
        let minor = forms.first { $0.kind == .minor }
        guard major != nil || minor != nil else { return tags }
        for series in resolve(releases: releases, canary: false) {
            let isMinor = series.tag.contains(".")
            guard let form = isMinor ? minor : major else { continue }
            tags.append(FloatingTag(tag: form.prefix + series.tag.dropFirst(), target: series.target, repository: form.repository))
        }
        return tags
    }

    /// `canary` when the default branch publishes, then `vX` and each `vX.Y`, newest series first.
    ///
    /// Each points at the highest stable release of its series; pre-releases never move them, so a series
    /// with only pre-releases has no floating tag.
    public static func resolve(releases: [Release], canary: Bool) -> [FloatingTag] {
        var highestOfMajor: [Int: SemanticVersion] = [:]
        var highestOfMinor: [Int: [Int: SemanticVersion]] = [:]
        for version in releases.map(\.version) where !version.isPrerelease {
            if highestOfMajor[version.major].map({ $0 < version }) ?? true {
                highestOfMajor[version.major] = version
            }
            if highestOfMinor[version.major]?[version.minor].map({ $0 < version }) ?? true {
                highestOfMinor[version.major, default: [:]][version.minor] = version
            }
        }
        // A major's own tag sorts before its minors, so `v3` comes before `v3.1`.
        var series: [(major: Int, minor: Int, tag: FloatingTag)] = []
        for (major, version) in highestOfMajor {
            series.append((major, Int.max, FloatingTag(tag: "v\(major)", target: PublishedImages.imageTag(for: version))))
        }
        for (major, minors) in highestOfMinor {
            for (minor, version) in minors {
                let tag = FloatingTag(tag: "v\(major).\(minor)", target: PublishedImages.imageTag(for: version))
                series.append((major, minor, tag))
            }
        }
        let floating = series.sorted { ($0.major, $0.minor) > ($1.major, $1.minor) }.map(\.tag)
        return (canary ? [FloatingTag(tag: "canary", target: canaryTarget)] : []) + floating
    }
}
