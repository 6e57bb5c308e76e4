import Testing
@testable import Versioning

/// A line's previous stable release, found by search, is the one a scan of every release finds.
@Suite struct BasePickerPreviousPatchTests {
    @Test func theLinePreviousStableReleaseIsTheOneAScanFinds() {
        let versions = [
            SemanticVersion(1, 0, 0), SemanticVersion(1, 0, 1), SemanticVersion(1, 0, 2, prerelease: [.alphanumeric("rc"), .numeric(1)]),
            SemanticVersion(1, 0, 3), SemanticVersion(1, 1, 0, prerelease: [.alphanumeric("rc1")]), SemanticVersion(1, 1, 0),
            SemanticVersion(1, 1, 2), SemanticVersion(2, 0, 1),
        ]
        let probes = versions.filter { !$0.isPrerelease } + [SemanticVersion(1, 0, 9), SemanticVersion(1, 1, 1), SemanticVersion(1, 3, 4)]
        // Every subset of the versions, as a component's releases.
        for mask in 0..<(1 << versions.count) {
            let releases = versions.indices.filter { mask & (1 << $0) != 0 }.map {
                Release(tag: "v\(versions[$0])", version: versions[$0], commit: "c\($0)", time: $0)
            }
            let picker = BasePicker(releases: releases)
            for probe in probes {
                let scanned = releases.filter {
                    $0.version.major == probe.major && $0.version.minor == probe.minor && !$0.version.isPrerelease && $0.version < probe
                }.map(\.version).max()
                #expect(picker.previousPatch(of: probe.core)?.version == scanned, "releases \(mask): \(probe)")
            }
        }
    }
}
