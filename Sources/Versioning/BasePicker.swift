import Foundation

/// Chooses the previous release a release's notes start from, following DESIGN §1, and says why.
public struct BasePicker: Sendable {
    /// The component's releases, in ascending precedence.
    public let releases: [Release]
    /// Stable releases only, ascending; kept because every choice scans them.
    let stable: [Release]

    /// Creates a picker over a component's releases, in any order.
    public init(releases: [Release]) {
        self.releases = releases.sorted { $0.version < $1.version }
        stable = self.releases.filter { !$0.version.isPrerelease }
    }

    /// The base for the notes of `version`.
    public func base(for version: SemanticVersion) -> BaseChoice {
        if version.isPrerelease {
            if let previous = releases.last(where: { $0.version.core == version.core && $0.version.isPrerelease && $0.version < version }) {
                return choice(previous, "previous pre-release of \(version.core.tagName)")
            }
        }
        let core = version.core
        if core.patch > 0 {
            if let previous = stable.last(where: { $0.version.major == core.major && $0.version.minor == core.minor && $0.version < core }) {
                return choice(previous, "previous patch release of v\(core.major).\(core.minor)")
            }
        }
        return previousLineStart(before: core)
    }

    /// The base for changes not yet released on `line`, as if HEAD were that line's next version.
    public func baseForUnreleased(on line: ReleaseLine) -> BaseChoice {
        switch line {
        case .maintenance(let major, let minor):
            if let latest = stable.last(where: { $0.version.major == major && $0.version.minor == minor }) {
                return choice(latest, "latest release of release-\(major).\(minor), HEAD taken as its next patch")
            }
            var result = previousLineStart(before: SemanticVersion(major, minor, 0))
            result.reason += ", HEAD taken as v\(major).\(minor).0 on release-\(major).\(minor)"
            return result
        case .defaultBranch:
            // While a pre-release series is open, HEAD is its next pre-release.
            if let pending = releases.last, pending.version.isPrerelease,
               stable.last.map({ pending.version.core > $0.version }) ?? true {
                return choice(pending, "previous pre-release of \(pending.version.core.tagName), HEAD taken as its next pre-release")
            }
            guard let highest = stable.last else {
                return BaseChoice(release: nil, reason: "no earlier stable release: notes start at the first commit")
            }
            var result = previousLineStart(before: SemanticVersion(highest.version.major, highest.version.minor + 1, 0))
            result.reason += ", HEAD taken as the next minor on \(line.branchName)"
            return result
        }
    }

    /// The `.0` release of the highest minor line below `version`.
    func previousLineStart(before version: SemanticVersion) -> BaseChoice {
        guard let below = stable.last(where: { $0.version < version }) else {
            return BaseChoice(release: nil, reason: "no earlier stable release: notes start at the first commit")
        }
        let start = stable.first { $0.version.major == below.version.major && $0.version.minor == below.version.minor } ?? below
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
