/// Suggests the next version from the releases so far and the largest bump the new changes call for.
public struct VersionSuggester: Sendable {
    /// The component's releases, ascending.
    public let releases: [Release]

    /// Creates a suggester over a component's releases, in any order.
    public init(releases: [Release]) {
        self.releases = Release.ascending(releases)
    }

    /// The next version on `line` for changes that call for `bump`, because of `driver` (for example "#12 is a feature").
    public func suggest(bump: VersionBump, driver: String, on line: ReleaseLine) -> VersionSuggestion {
        let stable = releases.filter { !$0.version.isPrerelease }
        if case .maintenance(let major, let minor) = line {
            let base = stable.last { $0.version.major == major && $0.version.minor == minor }?.version
                ?? SemanticVersion(major, minor, 0)
            let next = stable.contains { $0.version == base } ? SemanticVersion(major, minor, base.patch + 1) : base
            let note = bump > .patch ? " (a \(bump) change cannot be released from a maintenance branch: \(driver))" : ""
            return VersionSuggestion(version: next, reason: "next patch on release-\(major).\(minor)\(note)")
        }
        guard let latest = stable.last else {
            let first = releases.last?.version.core ?? SemanticVersion(0, 1, 0)
            return continuation(of: first) ?? VersionSuggestion(version: first, reason: "first release: no release tags yet")
        }
        let candidate = bump.applied(to: latest.version)
        let effective = bump.effective(on: latest.version)
        let zeroNote = effective != bump ? " (before 1.0.0 a \(bump) change is a \(effective) bump)" : ""
        let reason = "\(effective) bump over \(latest.tag): \(driver)\(zeroNote)"
        if let pending = pendingPrerelease(atLeast: candidate, above: latest.version), let next = continuation(of: pending) {
            return next
        }
        return VersionSuggestion(version: candidate, reason: reason)
    }

    /// The highest pre-released core version above the latest stable one that is not below `candidate`.
    func pendingPrerelease(atLeast candidate: SemanticVersion, above latest: SemanticVersion) -> SemanticVersion? {
        releases.filter { $0.version.isPrerelease && $0.version.core > latest && $0.version.core >= candidate }.last?.version.core
    }

    /// The next pre-release of `core`, counted on from its highest existing one by SemVer precedence.
    func continuation(of core: SemanticVersion) -> VersionSuggestion? {
        guard let highest = releases.last(where: { $0.version.core == core && $0.version.isPrerelease }) else { return nil }
        var next = core
        next.prerelease = PrereleaseCounter(identifiers: highest.version.prerelease).incremented()
        var reason = "next pre-release of \(core.tagName) after \(highest.tag)"
        // rc9 → rc10 is what people tag, but SemVer compares "rc10" as text, below "rc9".
        if next <= highest.version {
            reason += "; SemVer sorts \(next.tagName) below \(highest.tag), so consider a dotted series such as -rc.N"
        }
        return VersionSuggestion(version: next, reason: reason)
    }
}
