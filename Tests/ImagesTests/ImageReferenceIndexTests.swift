import HeraldSupport
import Images
import Testing
import Versioning

/// The index finds the same references, in the same order, as scanning them all.
@Suite struct ImageReferenceIndexTests {
    @Test(arguments: 0..<50 as Range<UInt64>) func indexAgreesWithTheScan(seed: UInt64) {
        var random = DeterministicRandom(seed: seed)
        let versions = (0..<12).map { _ in
            SemanticVersion(random.below(3), random.below(3), random.below(2), prerelease: random.chance(30) ? [.alphanumeric("rc"), .numeric(1)] : [], build: random.chance(15) ? ["b7"] : [])
        }
        let names = ["registry.k8s.io/sig-storage/p", "localhost:5000/p", "p"]
        let references = (0..<40).map { _ -> String in
            let version = random.pick(versions)
            let tag = PublishedImages.imageTag(for: version)
            switch random.below(4) {
            case 0: return random.pick(names) + ":" + tag.dropFirst()
            case 1: return random.pick(names)
            default: return random.pick(names) + ":" + tag
            }
        }
        let image = PublishedImage(name: "p", references: references, floatingTags: [])
        let index = ImageReferenceIndex(image)
        for version in versions {
            let tag = PublishedImages.imageTag(for: version)
            let scanned = references.filter { $0.hasSuffix(":" + tag) || $0.hasSuffix(":" + tag.dropFirst()) }
            #expect(index.references(of: version) == scanned, "seed \(seed), \(version)")
        }
    }
}
