import Testing
@testable import Images

@Suite struct ProductTagTests {
    @Test func ordersByAppVersionThenRevisionThenBuild() throws {
        let chain = [
            "2.6.1-rev3-b9", "2.6.2", "2.6.2-rev1", "2.6.2-rev1-b5", "2.6.2-rev1-b5.1", "2.6.2-rev1-b6",
            "2.6.2-rev1-b10", "2.6.2-rev2", "2.6.2-rev10", "2.6.10",
        ]
        let tags = try chain.map { try #require(ProductTag(parsing: $0)) }
        for (lower, higher) in zip(tags, tags.dropFirst()) {
            #expect(lower < higher, "\(lower) < \(higher)")
            #expect(!(higher < lower))
        }
        #expect(tags.reversed().sorted().map(\.description) == chain)
    }

    @Test(arguments: [
        ("2.6.2", 0, [Int](), "2.6.2", nil),
        ("2.6.2-rev1", 1, [], "2.6.2", "2.6.2-rev1"),
        ("2.6.2-rev1-b5.1", 1, [5, 1], "2.6.2", "2.6.2-rev1"),
        ("v1.0.0-rev12-b3", 12, [3], "v1.0.0", "v1.0.0-rev12"),
    ] as [(String, Int, [Int], String, String?)])
    func parsesTheLevels(text: String, revision: Int, build: [Int], short: String, intermediate: String?) throws {
        let tag = try #require(ProductTag(parsing: text))
        #expect(tag.revision == revision)
        #expect(tag.build == build)
        #expect(tag.shortTag == short)
        #expect(tag.intermediateTag == intermediate)
        #expect(tag.description == text)
    }

    @Test(arguments: ["", "2.6", "2.6.2-rc1", "2.6.2-b5", "2.6.2-rev", "2.6.2-revx", "2.6.2-rev1-x5",
                      "2.6.2-rev1-b", "2.6.2-rev1-b5..1", "2.6.2-rev1-b5-extra", "2.6.2+meta"])
    func rejectsOtherTags(text: String) {
        #expect(ProductTag(parsing: text) == nil)
    }

    @Test(arguments: [
        ("2.6.2", "2.7.0", ProductTagChange.appVersion),
        ("2.6.2-rev1-b5", "2.6.3-rev1-b5", .appVersion),
        ("2.6.2", "2.6.2-rev1", .imageRevision),
        ("2.6.2-rev1-b5.1", "2.6.2-rev2-b1", .imageRevision),
        ("2.6.2-rev1-b5.1", "2.6.2-rev1-b5.2", .rebuild),
        ("2.6.2-rev1", "2.6.2-rev1-b1", .rebuild),
        ("2.6.2-rev1-b5", "2.6.2-rev1-b5", ProductTagChange.none),
        ("2.6.2", "2.6.2-rev0", ProductTagChange.none),
    ])
    func tellsWhichLevelChanged(from: String, to: String, level: ProductTagChange) throws {
        let old = try #require(ProductTag(parsing: from))
        let new = try #require(ProductTag(parsing: to))
        #expect(ProductTag.level(from: old, to: new) == level)
    }
}
