import HeraldSupport
import Testing
import Versioning
@testable import ReleasePipeline

/// The previous stable release of a line, found by search, is the one a scan of every release finds.
@Suite struct StableVersionsByLineTests {
    @Test func theLinePreviousStableVersionIsTheOneAScanFinds() {
        var random = DeterministicRandom(seed: 7)
        for round in 0..<100 {
            let releases = (0..<random.below(40)).map { index -> Release in
                let prerelease: [PrereleaseIdentifier] = random.below(4) == 0 ? [.alphanumeric("rc"), .numeric(random.below(3) + 1)] : []
                let version = SemanticVersion(1, random.below(4), random.below(6), prerelease: prerelease)
                return Release(tag: "v\(index)", version: version, commit: "c\(index)", time: index)
            }
            let lines = StableVersionsByLine(releases)
            for probe in releases.map(\.version) + [SemanticVersion(1, 2, 9), SemanticVersion(1, 7, 0), SemanticVersion(2, 0, 0)] {
                let scanned = releases.filter {
                    $0.version.major == probe.major && $0.version.minor == probe.minor && !$0.version.isPrerelease && $0.version < probe
                }.map(\.version).max()
                #expect(lines.previous(before: probe) == scanned, "round \(round): \(probe)")
            }
        }
    }
}
