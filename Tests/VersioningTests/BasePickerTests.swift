import Testing
@testable import Versioning

@Suite struct BasePickerTests {
    /// A history like a CSI sidecar's: minors on main, patches on release branches, rcs, a major.
    static let tags = [
        "v1.0.0", "v1.0.1", "v1.1.0-rc1", "v1.1.0-rc2", "v1.1.0", "v1.1.1", "v1.1.2", "v1.2.0",
        "v1.2.1", "v2.0.0-rc.1", "v2.0.0-rc.2", "v2.0.0", "v2.1.0", "v2.2.1",
    ]
    static let picker = BasePicker(releases: tags.enumerated().compactMap { index, tag in
        SemanticVersion(parsing: tag).map { Release(tag: tag, version: $0, commit: "c\(index)", time: index) }
    })

    @Test(arguments: [
        ("v1.0.0", nil, "no earlier stable release"),
        ("v1.0.1", "v1.0.0", "previous patch release of v1.0"),
        ("v1.1.2", "v1.1.1", "previous patch release of v1.1"),
        ("v1.1.0", "v1.0.0", "previous minor release"),
        ("v1.2.0", "v1.1.0", "previous minor release"),          // the .0, not the latest patch v1.1.2
        ("v1.1.0-rc1", "v1.0.0", "previous minor release"),       // first rc: as for the final
        ("v1.1.0-rc2", "v1.1.0-rc1", "previous pre-release of v1.1.0"),
        ("v2.0.0-rc.1", "v1.2.0", "first release of the last minor line of v1"),
        ("v2.0.0", "v1.2.0", "first release of the last minor line of v1"),  // rcs never cut final notes short
        ("v2.0.0-rc.2", "v2.0.0-rc.1", "previous pre-release of v2.0.0"),
        ("v2.2.1", "v2.1.0", "previous minor release"),            // no v2.2.0: as for a .0
        ("v2.3.0", "v2.2.1", "v2.2.0 was never released"),
    ] as [(String, String?, String)])
    func picksTheBase(target: String, base: String?, reason: String) throws {
        let version = try #require(SemanticVersion(parsing: target))
        let choice = Self.picker.base(for: version)
        #expect(choice.release?.tag == base)
        #expect(choice.reason.contains(reason), "\(choice.reason)")
        if let base { #expect(choice.reason.hasPrefix("base \(base): ")) }
    }

    @Test func unreleasedHeadOnTheDefaultBranchIsTheNextMinor() {
        let choice = Self.picker.baseForUnreleased(on: .defaultBranch("main"))
        #expect(choice.release?.tag == "v2.2.1")
        #expect(choice.reason.contains("HEAD taken as the next minor on main"))
    }

    @Test func unreleasedHeadOnAReleaseBranchIsTheNextPatch() {
        let choice = Self.picker.baseForUnreleased(on: ReleaseLine(branch: "release-1.1"))
        #expect(choice.release?.tag == "v1.1.2")
        let fresh = Self.picker.baseForUnreleased(on: ReleaseLine(branch: "release-2.3"))
        #expect(fresh.release?.tag == "v2.2.1")
    }

    @Test(arguments: [
        ("release-1.2", ReleaseLine.maintenance(major: 1, minor: 2)),
        ("origin/release-10.3", .maintenance(major: 10, minor: 3)),
        ("main", .defaultBranch("main")),
        ("prerelease-1.2", .defaultBranch("prerelease-1.2")),
        ("release-1.2-fix", .defaultBranch("release-1.2-fix")),
    ])
    func readsTheLineFromTheBranch(branch: String, line: ReleaseLine) {
        #expect(ReleaseLine(branch: branch) == line)
    }
}
