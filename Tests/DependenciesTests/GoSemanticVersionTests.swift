import Testing
@testable import Dependencies

@Suite struct GoSemanticVersionTests {
    @Test(arguments: [
        "v1", "v1.2", "v0.0.0", "v1.2.3-rc.1", "v1.2.3-0.20191109021931-daa7c04131f5", "v2.0.0+incompatible",
        "v1.0.0+001", "v1.0.0-x-y.z-", "v10.20.30",
    ])
    func acceptsWhatGoAccepts(text: String) {
        #expect(GoSemanticVersion(text) != nil)
    }

    @Test(arguments: [
        "", "v", "1.0.0", "V1.0.0", "v1.2.3.4", "v1.02.0", "v01.0.0", "v1.0.0-01", "v1.0.0-", "v1.0.0+", "v1.0.0-a..b",
        "v1.2-pre", "v1+meta", "v1.0.0-a_b", "v1.0.0 ", "v1.0.0-é", "v-1.0.0",
    ])
    func rejectsWhatGoRejects(text: String) {
        #expect(GoSemanticVersion(text) == nil)
    }

    @Test func ordersAsSemVerSays() throws {
        let ordered = try [
            "v0.9.0", "v1", "v1.0.1", "v1.2.0-0.20191109021931-daa7c04131f5", "v1.2.0-1", "v1.2.0-alpha", "v1.2.0-alpha.1",
            "v1.2.0-alpha.beta", "v1.2.0-beta.2", "v1.2.0-beta.11", "v1.2.0-rc.1", "v1.2.0", "v1.10.0", "v10.0.0",
        ].map { try #require(GoSemanticVersion($0)) }
        for (lower, higher) in zip(ordered, ordered.dropFirst()) {
            #expect(lower < higher)
            #expect(!(higher < lower))
        }
        #expect(GoSemanticVersion("v1.2") == GoSemanticVersion("v1.2.0"))
        #expect(GoSemanticVersion("v2.0.0+incompatible") == GoSemanticVersion("v2.0.0"))
    }
}
