import HeraldSupport
@testable import Site
import SiteTestSupport
import Testing

/// `releases.json` encoded one release at a time is the encoding of the whole, byte for byte.
@Suite struct ReleaseModelsStepTests {
    @Test(arguments: [nil, "server", #"a","releases":[],"x"#, "ü \"q\" \\ <&>"]) func oneReleaseAtATimeIsTheWhole(component: String?) throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let input = try LibrarySite.Input(repo: repository.path)
        let releases = input.content.components.flatMap(\.releases)
        #expect(releases.count > 3)
        let writer = JSONWriter(layout: .compact)
        for models in [ReleaseModels(component: component, releases: releases), ReleaseModels(component: component, releases: [])] {
            #expect(try ReleaseModelsStep.json(models, writer: writer) == writer.bytes(models))
        }
    }
}
