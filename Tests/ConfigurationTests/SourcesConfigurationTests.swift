import Testing
@testable import Configuration

/// `sources`: image names mapped to repositories, and the CSI convention turned off.
@Suite struct SourcesConfigurationTests {
    @Test func readsImagesAndConvention() throws {
        let yaml = "sources:\n  convention: none\n  images:\n    registry.example.com/team/tool: team/tool-src\n"
        let sources = try HeraldConfiguration(yaml: yaml, file: ".herald.yml").sources
        #expect(sources == SourcesConfiguration(images: ["registry.example.com/team/tool": "team/tool-src"], csiConvention: false))
        #expect(HeraldConfiguration.default.sources.csiConvention)
    }

    @Test func rejectsARepositoryThatIsNotOwnerAndName() {
        #expect {
            try HeraldConfiguration(yaml: "sources:\n  images:\n    x/y: not a repo\n", file: ".herald.yml")
        } throws: { error in
            "\(error)".hasPrefix(".herald.yml:3: sources.images.x/y: 'not a repo' is not owner/name")
        }
    }
}
