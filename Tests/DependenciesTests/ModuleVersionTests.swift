import Testing
@testable import Dependencies

@Suite struct ModuleVersionTests {
    @Test(arguments: [
        // vX.0.0-TIMESTAMP-COMMIT: no earlier tag.
        ("v0.0.0-20240416155748-26353dc0451f", "26353dc0451f", "26353dc"),
        ("v2.0.0-20190101000000-abcdef123456+incompatible", "abcdef123456", "abcdef1"),
        // vX.Y.(Z+1)-0.TIMESTAMP-COMMIT: after the release tag vX.Y.Z.
        ("v1.2.4-0.20191109021931-daa7c04131f5", "daa7c04131f5", "daa7c04"),
        // vX.Y.Z-PRE.0.TIMESTAMP-COMMIT: after the pre-release tag vX.Y.Z-PRE.
        ("v1.2.3-rc.1.0.20191109021931-daa7c04131f5", "daa7c04131f5", "daa7c04"),
        ("v0.5.0-alpha.0.20240101010101-ABCDEF", "ABCDEF", "ABCDEF"),
    ])
    func readsPseudoVersionsAsShortCommits(text: String, commit: String, short: String) {
        let version = ModuleVersion(text)
        #expect(version.isPseudoVersion)
        #expect(version.commit == commit)
        #expect(version.shortCommit == short)
        #expect(version.displayText == short)
        #expect(version.reference == short)
        #expect(version.description == text)
    }

    @Test(arguments: [
        "v1.2.3", "v1.2.3-rc.1", "v2.22.0+incompatible",
        "v1.2.3-20240416155748-26353dc0451f",    // a timestamp, but neither .0.0 nor a 0 identifier before it
        "v0.0.0-2024041615574-26353dc0451f",     // 13 digits
        "v0.0.0-202404161557480-26353dc0451f",   // 15 digits
        "v0.0.0-20240416155748-",                // no commit
        "v0.0.0-20240416155748-26353dc0451f.1",  // something after the commit
        "v1.2.4-1.20191109021931-daa7c04131f5",  // 1, not 0, before the timestamp
        "v1.2.4-x0.20191109021931-daa7c04131f5", // x0, not 0
        "v0.0.0-20240416155748-26353dc_451f",    // not a valid version
        "0.0.0-20240416155748-26353dc0451f",     // no v
        "v01.0.0-20240416155748-26353dc0451f",   // leading zero
        "", "master",
    ])
    func leavesOtherVersionsAsWritten(text: String) {
        let version = ModuleVersion(text)
        #expect(!version.isPseudoVersion)
        #expect(version.commit == nil)
        #expect(version.displayText == text)
    }

    @Test(arguments: [
        ("v2.22.0+incompatible", "v2.22.0+incompatible", "v2.22.0", true),
        ("v1.2.3", "v1.2.3", "v1.2.3", false),
        ("v1.2.3-rc.1", "v1.2.3-rc.1", "v1.2.3-rc.1", false),
        ("v0.0.0-20240416155748-26353dc0451f", "26353dc", "26353dc", false),
    ])
    func showsAndLinksReleases(text: String, display: String, reference: String, incompatible: Bool) {
        let version = ModuleVersion(text)
        #expect(version.displayText == display)
        #expect(version.reference == reference)
        #expect(version.isIncompatible == incompatible)
    }

    @Test func goModFileReadsVersionsTheSameWay() {
        #expect(GoModFile.versionText("v0.0.0-20240416155748-26353dc0451f") == "26353dc")
        #expect(GoModFile.versionText("v2.22.0+incompatible") == "v2.22.0+incompatible")
    }
}
