import HeraldSupport

/// One minor release as the generator plans it: its candidates, its patches, and where its .0 tag goes.
struct PlannedMinor {
    /// Major version number, from 1.
    let major: Int
    /// Minor version number within the major, from 0.
    let minor: Int
    /// How many -rcN tags come before the .0 tag on main (0–2).
    let candidates: Int
    /// How many vX.Y.Z patch tags, Z ≥ 1, land on the release branch.
    let patches: Int
    /// Whether vX.Y.0 is tagged on the release branch only, so that it is no ancestor of main.
    let taggedOnReleaseBranchOnly: Bool
    /// What comes before `vX.Y.Z` in its tags and before `release-X.Y` in its branch: "" or "client/".
    let tagPrefix: String

    /// The tag of patch `patch` (0 for the minor release itself).
    func tag(patch: Int) -> String {
        "\(tagPrefix)v\(major).\(minor).\(patch)"
    }

    /// The tag of release candidate `number`.
    func candidateTag(_ number: Int) -> String {
        "\(tagPrefix)v\(major).\(minor).0-rc\(number)"
    }

    /// The maintenance branch, e.g. `release-3.4` or `client/release-3.4`.
    var branch: String {
        "\(tagPrefix)release-\(major).\(minor)"
    }

    /// Every tag this minor contributes.
    var tagCount: Int {
        1 + candidates + patches
    }
}

/// The releases of a history with exactly `tagTarget` tags, spread over about five majors.
struct ReleaseSchedule {
    /// Minor releases in the order main reaches them.
    let minors: [PlannedMinor]

    /// Patch releases over all minors.
    var patchCount: Int {
        minors.reduce(0) { $0 + $1.patches }
    }

    /// Plans minors until their tags add up to `tagTarget`; the last one may get fewer patches.
    init(tagTarget: Int, tagPrefix: String = "", random: inout DeterministicRandom) {
        // About 5.3 tags per minor on average: 1 release, 0.8 candidates, 3.5 patches.
        let estimatedMinors = max(1, tagTarget * 10 / 53)
        // A tenth more minors per major than the estimate, so a long tail never opens a nearly empty last major.
        let minorsPerMajor = max(4, (estimatedMinors * 11 / 10 + 4) / 5)
        var planned: [PlannedMinor] = []
        var remaining = tagTarget
        while remaining > 0 {
            let index = planned.count
            let candidates = min(random.weighted([(45, 0), (30, 1), (25, 2)]), remaining - 1)
            let patches = min(random.between(1, 6), remaining - 1 - candidates)
            planned.append(PlannedMinor(
                major: 1 + index / minorsPerMajor,
                minor: index % minorsPerMajor,
                candidates: candidates,
                patches: patches,
                taggedOnReleaseBranchOnly: index > 0 && random.chance(15),
                tagPrefix: tagPrefix
            ))
            remaining -= 1 + candidates + patches
        }
        minors = planned
    }
}
