import Testing
@testable import Versioning

@Suite struct VersionSuggesterTests {
    static func suggester(_ tags: [String]) -> VersionSuggester {
        VersionSuggester(releases: tags.compactMap { tag in
            SemanticVersion(parsing: tag).map { Release(tag: tag, version: $0, commit: tag, time: 0) }
        })
    }

    @Test(arguments: [
        (["v1.4.2"], VersionBump.major, "v2.0.0"),
        (["v1.4.2"], .minor, "v1.5.0"),
        (["v1.4.2"], .patch, "v1.4.3"),
        (["v0.3.1"], .major, "v0.4.0"),      // before 1.0.0 breaking is minor
        (["v0.3.1"], .minor, "v0.3.2"),      // and a feature is a patch
        (["v1.4.2", "v2.0.0-rc1"], .patch, "v2.0.0-rc2"),
        (["v1.4.2", "v2.0.0-rc.1", "v2.0.0-rc.2"], .minor, "v2.0.0-rc.3"),
        (["v1.4.2", "v1.5.0-rc1"], .major, "v2.0.0"),  // a breaking change overtakes the pending rc
        ([], .minor, "v0.1.0"),
    ] as [([String], VersionBump, String)])
    func suggestsOnTheDefaultBranch(tags: [String], bump: VersionBump, expected: String) {
        let suggestion = Self.suggester(tags).suggest(bump: bump, driver: "#1 (x)", on: .defaultBranch("main"))
        #expect(suggestion.version.tagName == expected, "\(suggestion.reason)")
        #expect(!suggestion.reason.isEmpty)
    }

    @Test func maintenanceBranchesOnlyGetPatches() {
        let suggester = Self.suggester(["v1.1.0", "v1.1.1", "v1.2.0"])
        let suggestion = suggester.suggest(bump: .minor, driver: "#9 (y) is a feature", on: .maintenance(major: 1, minor: 1))
        #expect(suggestion.version.tagName == "v1.1.2")
        #expect(suggestion.reason.contains("cannot be released from a maintenance branch"))
    }

    @Test func reasonNamesTheDriver() {
        let suggestion = Self.suggester(["v1.0.0"]).suggest(bump: .major, driver: "#41 (Drop v1beta1) is breaking", on: .defaultBranch(nil))
        #expect(suggestion.reason == "major bump over v1.0.0: #41 (Drop v1beta1) is breaking")
    }
}

@Suite struct PrereleaseContinuationTests {
    @Test func continuesFromTheHighestPrecedenceAndWarnsWhenSemVerWouldSortItLower() {
        let alphaThenRC = VersionSuggesterTests.suggester(["v1.0.0", "v2.0.0-alpha.1", "v2.0.0-rc1"])
        #expect(alphaThenRC.suggest(bump: .patch, driver: "x", on: .defaultBranch(nil)).version.tagName == "v2.0.0-rc2")
        let nine = VersionSuggesterTests.suggester(["v1.0.0", "v2.0.0-rc9"])
        let suggestion = nine.suggest(bump: .patch, driver: "x", on: .defaultBranch(nil))
        #expect(suggestion.version.tagName == "v2.0.0-rc10")
        #expect(suggestion.reason.contains("SemVer sorts v2.0.0-rc10 below v2.0.0-rc9"))
    }

    @Test func unreleasedHeadContinuesAnOpenPrereleaseSeries() {
        let picker = BasePicker(releases: ["v1.1.0", "v2.0.0-rc1"].compactMap { tag in
            SemanticVersion(parsing: tag).map { Release(tag: tag, version: $0, commit: tag, time: 0) }
        })
        let choice = picker.baseForUnreleased(on: .defaultBranch("main"))
        #expect(choice.release?.tag == "v2.0.0-rc1")
        #expect(choice.reason.contains("previous pre-release of v2.0.0"))
    }
}
