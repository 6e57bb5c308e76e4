import Foundation

/// Chooses the previous release a release's notes start from, following DESIGN §1, and says why.
public struct BasePicker: Sendable {
    /// The component's releases, in ascending precedence.
    public let releases: [Release]
    /// Stable releases only, ascending; kept because every choice scans them.
    let stable: [Release]
    /// Which patches of a previous line sit on a release's branch, as git answered this picker's `ancestryQuestion`s.
    public var ancestry: ReleaseAncestry

    /// Creates a picker over a component's releases, in any order, with what git said of their ancestry.
    public init(releases: [Release], ancestry: ReleaseAncestry = ReleaseAncestry()) {
        self.releases = Release.ascending(releases)
        stable = self.releases.filter { !$0.version.isPrerelease }
        self.ancestry = ancestry
    }

    /// The base for the notes of the release with `version`; a version not released is taken as having no patch on its branch.
    public func base(for version: SemanticVersion) -> BaseChoice {
        let index = Self.lowerBound(releases, version)
        return base(for: version, tip: index < releases.count && releases[index].version == version ? releases[index].commit : nil)
    }

    /// The base for the notes of `release`.
    public func base(for release: Release) -> BaseChoice {
        base(for: release.version, tip: release.commit)
    }

    /// The base for the notes of `version` at commit `tip` (nil: unknown, so no patch is on its branch).
    func base(for version: SemanticVersion, tip: String?) -> BaseChoice {
        if let previous = previousPrerelease(of: version) {
            return choice(previous, "previous pre-release of \(version.core.tagName)")
        }
        let core = version.core
        if let previous = previousPatch(of: core) {
            return choice(previous, "previous patch release of v\(core.major).\(core.minor)")
        }
        return previousLineBase(before: core, tip: tip)
    }

    /// The base for changes not yet released on `line`, as if HEAD (at commit `head`, when known) were that line's next version.
    public func baseForUnreleased(on line: ReleaseLine, head: String? = nil) -> BaseChoice {
        switch line {
        case .maintenance(let major, let minor):
            if let latest = stableOfLine(major: major, minor: minor).last {
                return choice(latest, "latest release of release-\(major).\(minor), HEAD taken as its next patch")
            }
            var result = previousLineBase(before: SemanticVersion(major, minor, 0), tip: head)
            result.reason += ", HEAD taken as v\(major).\(minor).0 on release-\(major).\(minor)"
            return result
        case .defaultBranch:
            if let pending = pendingPrerelease {
                return choice(pending, "previous pre-release of \(pending.version.core.tagName), HEAD taken as its next pre-release")
            }
            guard let highest = stable.last else {
                return BaseChoice(release: nil, reason: "no earlier stable release: notes start at the first commit")
            }
            var result = previousLineBase(before: nextMinor(after: highest), tip: head)
            result.reason += ", HEAD taken as the next minor on \(line.branchName)"
            return result
        }
    }

    /// The base of a `.0` release: the previous line's latest patch on `tip`'s branch, else that line's first release.
    func previousLineBase(before version: SemanticVersion, tip: String?) -> BaseChoice {
        guard let below = stableBelow(version) else {
            return BaseChoice(release: nil, reason: "no earlier stable release: notes start at the first commit")
        }
        let question = tip.flatMap { lineQuestion(below: below, tip: $0) }
        if let question, let patch = ancestry.newestPatchOnBranch(for: question) {
            let line = "v\(patch.version.major).\(patch.version.minor)"
            return choice(patch, "latest earlier release, an ancestor (the patches of \(line) are on this branch)")
        }
        let start = lineStart(of: below)
        let what: String
        if below.version.major < version.major && version.minor == 0 && version.patch == 0 {
            what = "first release of the last minor line of v\(below.version.major)"
        } else {
            what = "previous minor release"
        }
        if start.version.patch != 0 {
            return choice(start, "\(what) (v\(start.version.major).\(start.version.minor).0 was never released)")
        }
        return choice(start, what)
    }

    /// A choice of `release` with `why`, phrased "base TAG: why".
    func choice(_ release: Release, _ why: String) -> BaseChoice {
        BaseChoice(release: release, reason: "base \(release.tag): \(why)")
    }
}
