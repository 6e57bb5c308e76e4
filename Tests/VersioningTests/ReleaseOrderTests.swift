import HeraldSupport
import Testing
@testable import Versioning

/// `Release.ascending` orders as a sort by whole versions does, numbers first.
@Suite struct ReleaseOrderTests {
    @Test func ordersAsASortByVersionDoes() {
        var generator = DeterministicRandom(seed: 0x0DE5)
        let labels: [[PrereleaseIdentifier]] = [[], [], [.alphanumeric("rc"), .numeric(1)], [.alphanumeric("rc"), .numeric(10)], [.alphanumeric("rc2")], [.alphanumeric("beta")]]
        for round in 0..<200 {
            var seen = Set<SemanticVersion>()
            let releases = (0..<Int.random(in: 0...40, using: &generator)).compactMap { index -> Release? in
                let version = SemanticVersion(
                    Int.random(in: 0...2, using: &generator), Int.random(in: 0...3, using: &generator), Int.random(in: 0...2, using: &generator),
                    prerelease: labels.randomElement(using: &generator)!
                )
                guard seen.insert(version).inserted else { return nil }
                return Release(tag: "v\(version)", version: version, commit: "c\(index)", time: index)
            }
            let expected = releases.sorted { $0.version < $1.version }
            #expect(Release.ascending(releases) == expected, "round \(round)")
            #expect(Release.ascending(releases.shuffled(using: &generator)) == expected, "round \(round), shuffled")
        }
    }
}
