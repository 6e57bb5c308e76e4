extension BasePicker {
    /// What git must answer before `base(for: release)` can choose, nil when the choice needs no ancestry.
    ///
    /// Only a `.0` release (or its first pre-release) whose previous line has patches asks: patches and
    /// later pre-releases follow the previous release of their own line whatever the branches.
    public func ancestryQuestion(for release: Release) -> AncestryQuestion? {
        let core = release.version.core
        guard previousPrerelease(of: release.version) == nil, previousPatch(of: core) == nil,
              let below = stableBelow(core) else { return nil }
        return lineQuestion(below: below, tip: release.commit)
    }

    /// What git must answer before `baseForUnreleased(on: line, head: head)` can choose, nil when nothing.
    public func ancestryQuestionForUnreleased(on line: ReleaseLine, head: String) -> AncestryQuestion? {
        let next: SemanticVersion
        switch line {
        case .maintenance(let major, let minor):
            guard stableOfLine(major: major, minor: minor).isEmpty else { return nil }
            next = SemanticVersion(major, minor, 0)
        case .defaultBranch:
            guard pendingPrerelease == nil, let highest = stable.last else { return nil }
            next = nextMinor(after: highest)
        }
        guard let below = stableBelow(next) else { return nil }
        return lineQuestion(below: below, tip: head)
    }

    /// The question for a release at `tip` whose previous line ends at `below`, nil when that line has no patches.
    func lineQuestion(below: Release, tip: String) -> AncestryQuestion? {
        let start = lineStart(of: below)
        let patches = stableOfLine(major: start.version.major, minor: start.version.minor).filter { $0.version > start.version }
        guard !patches.isEmpty else { return nil }
        return AncestryQuestion(tip: tip, lineStart: start, patches: patches.reversed())
    }

    /// The previous pre-release of the same version, for a pre-release.
    func previousPrerelease(of version: SemanticVersion) -> Release? {
        guard version.isPrerelease else { return nil }
        // Pre-releases of one version sort together just below it, so the previous one, if any, is right below.
        let index = Self.lowerBound(releases, version)
        guard index > 0 else { return nil }
        let candidate = releases[index - 1]
        return candidate.version.core == version.core && candidate.version.isPrerelease ? candidate : nil
    }

    /// The previous patch of the same line, for a patch release: the line's newest stable release below `core`.
    public func previousPatch(of core: SemanticVersion) -> Release? {
        guard core.patch > 0 else { return nil }
        guard let below = stableBelow(core), below.version.major == core.major, below.version.minor == core.minor else { return nil }
        return below
    }

    /// The first stable release of `release`'s minor line.
    func lineStart(of release: Release) -> Release {
        stableOfLine(major: release.version.major, minor: release.version.minor).first ?? release
    }

    /// The newest release when it is a pre-release above every stable one: HEAD is then its next pre-release.
    var pendingPrerelease: Release? {
        guard let pending = releases.last, pending.version.isPrerelease,
              stable.last.map({ pending.version.core > $0.version }) ?? true else { return nil }
        return pending
    }

    /// The first version of the minor line after `release`'s.
    func nextMinor(after release: Release) -> SemanticVersion {
        SemanticVersion(release.version.major, release.version.minor + 1, 0)
    }
}
