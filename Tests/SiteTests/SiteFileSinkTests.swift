import Foundation
import HeraldSupport
import SampleRepositories
import Site
import SiteTestSupport
import Testing

/// A build that hands its files to a sink as it makes them gives the files a build in memory keeps.
@Suite struct SiteFileSinkTests {
    /// A sink that keeps what it is given, in order.
    final class RecordingSink: SiteFileSink, @unchecked Sendable {
        private let lock = NSLock()
        private var writes: [(path: String, data: Data)] = []

        func write(_ bytes: some ContiguousBytes, at path: String) {
            let data = bytes.withUnsafeBytes { Data($0) }
            lock.withLock { writes.append((path, data)) }
        }

        /// The files, later writes of a path replacing earlier ones.
        var files: [String: Data] {
            lock.withLock { Dictionary(writes.map { ($0.path, $0.data) }, uniquingKeysWith: { _, later in later }) }
        }

        /// How many writes came.
        var count: Int { lock.withLock { writes.count } }
    }

    @Test func theScenarioSiteHandedToASinkIsTheSiteKeptInMemory() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let input = try LibrarySite.Input(repo: repository.path, baseURL: SiteScenario.baseURL)
        let builder = SiteBuilder(content: input.content, templates: try SiteTemplates.load(folder: nil), notes: input.renderer)
        let kept = try builder.buildSite()
        let sink = RecordingSink()
        let streamed = try builder.buildSite(into: sink)
        #expect(streamed.files.isEmpty, "nothing is kept when a sink takes the files")
        #expect(Set(sink.files.keys) == Set(kept.files.keys), "every path made reaches the sink")
        #expect(sink.files == kept.files)
        #expect(sink.count >= kept.files.count)
        #expect(streamed.warnings == kept.warnings)
        #expect(kept.files.keys.contains("sitemap.xml"), "the sitemap lists pages by the paths made, kept or not")
        #expect(sink.files["sitemap.xml"] == kept.files["sitemap.xml"])
    }
}
