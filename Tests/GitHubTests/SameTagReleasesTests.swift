import Foundation
import LoopbackGitHub
import Testing
@testable import GitHub

/// Several releases with one tag: the outcome never depends on the order GitHub lists them in.
@Suite(.serialized) struct SameTagReleasesTests {
    static let payload = GitHubReleasesTests.payload

    @Test(arguments: [[(5, "v1.2.0"), (9, "v1.2.0")], [(9, "v1.2.0"), (5, "v1.2.0")]])
    func aPublishedReleaseBesideADraftIsRefusedInEitherOrder(releases: [(Int, String)]) throws {
        let store = ReleaseStore(releases, publishedIDs: [9])
        let server = try LoopbackServer { request, _ in store.answer(request) }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.description.contains("already published on GitHub (id 9)") == true)
        #expect(!server.requests.contains { $0.method == "PATCH" || $0.method == "POST" })
    }

    @Test(arguments: [[(12, "v1.2.0"), (4, "v1.2.0"), (7, "v1.2.0")], [(4, "v1.2.0"), (7, "v1.2.0"), (12, "v1.2.0")]])
    func severalDraftsUpdateTheLowestIdInEitherOrder(releases: [(Int, String)]) throws {
        let store = ReleaseStore(releases)
        let server = try LoopbackServer { request, _ in store.answer(request) }
        defer { server.stop() }
        let outcome = try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload)
        #expect(outcome == .init(id: 4, created: false))
        #expect(server.requests.filter { $0.method == "PATCH" }.map(\.path) == ["/repos/example/storage/releases/4"])
    }

    @Test func aPublishedReleaseOnALaterPageStillWins() throws {
        let releases = (1...150).map { ($0, $0 == 3 || $0 == 140 ? "v1.2.0" : "v0.\($0).0") }
        let store = ReleaseStore(releases, publishedIDs: [140])
        let server = try LoopbackServer { request, _ in store.answer(request) }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.description.contains("id 140") == true)
        #expect(!server.requests.contains { $0.method == "PATCH" || $0.method == "POST" })
    }
}
