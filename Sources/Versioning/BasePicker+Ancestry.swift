extension BasePicker {
    /// What git must answer before `base(for: release)` can choose, nil when the choice needs no ancestry.
    ///
    /// Only a `.0` release (or its first pre-release) whose previous line has patches asks: patches and
    /// later pre-releases follow the previous release of their own line whatever the branches.
    public func ancestryQuestion(for release: Release) -> AncestryQuestion? {
        let core = release.version.core
        guard previousPrerelease(of: release.version) == nil, previousPatch(of: core) == nil,
              let below = stable.last(where: { $0.version < core }) else { return nil }
        return lineQuestion(below: below, tip: release.commit)
    }

    /// What git must answer before `baseForUnreleased(on: line, head: head)` can choose, nil when nothing.
    public func ancestryQuestionForUnreleased(on line: ReleaseLine, head: String) -> AncestryQuestion? {
        let next: SemanticVersion
        switch line {
        case .maintenance(let major, let minor):
            guard !stable.contains(where: { $0.version.major == major && $0.version.minor == minor }) else { return nil }
            next = SemanticVersion(major, minor, 0)
        case .defaultBranch:
            guard pendingPrerelease == nil, let highest = stable.last else { return nil }
            next = nextMinor(after: highest)
        }
        guard let below = stable.last(where: { $0.version < next }) else { return nil }
        return lineQuestion(below: below, tip: head)
    }

    /// The question for a release at `tip` whose previous line ends at `below`, nil when that line has no patches.
    func lineQuestion(below: Release, tip: String) -> AncestryQuestion? {
        let start = lineStart(of: below)
        let patches = stable.filter {
            $0.version.major == start.version.major && $0.version.minor == start.version.minor && $0.version > start.version
        }
        guard !patches.isEmpty else { return nil }
        return AncestryQuestion(tip: tip, lineStart: start, patches: patches.reversed())
    }

    /// The previous pre-release of the same version, for a pre-release.
    func previousPrerelease(of version: SemanticVersion) -> Release? {
        guard version.isPrerelease else { return nil }
        return releases.last { $0.version.core == version.core && $0.version.isPrerelease && $0.version < version }
    }

    /// The previous patch of the same line, for a patch release.
    func previousPatch(of core: SemanticVersion) -> Release? {
        guard core.patch > 0 else { return nil }
        return stable.last { $0.version.major == core.major && $0.version.minor == core.minor && $0.version < core }
    }

    /// The first stable release of `release`'s minor line.
    func lineStart(of release: Release) -> Release {
        stable.first { $0.version.major == release.version.major && $0.version.minor == release.version.minor } ?? release
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
