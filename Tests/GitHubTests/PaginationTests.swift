import Foundation
import LoopbackGitHub
import Testing
@testable import GitHub

/// The release list's `Link` pages end: a link back to a page already read, or an endless list, is an error.
@Suite(.serialized) struct PaginationTests {
    static let payload = GitHubReleasesTests.payload

    @Test func aNextLinkBackToTheSamePageIsAnErrorNotALoop() throws {
        let server = try LoopbackServer { request, index in
            // Past 50 requests the loop is proven; the 404 only ends it for the code before the fix.
            guard index < 50 else { return .init(status: 404) }
            return .init(status: 200, headers: ["Link": "<\(GitHubReleasesTests.origin(request))\(request.path)>; rel=\"next\""], body: "[]")
        }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.kind == .unreadable)
        #expect(error?.description.contains("loop") == true)
        #expect(server.requests.count == 1, "the link names the page just read")
        #expect(!server.requests.contains { $0.method == "POST" })
    }

    @Test func aCycleOfTwoPagesIsAnError() throws {
        let server = try LoopbackServer { request, index in
            guard index < 50 else { return .init(status: 404) }
            let page = request.path.contains("page=2") ? 1 : 2
            return .init(status: 200, headers: ["Link": "<\(GitHubReleasesTests.origin(request))/repos/example/storage/releases?per_page=100&page=\(page)>; rel=\"next\""], body: "[]")
        }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.kind == .unreadable)
        #expect(server.requests.count == 3)
    }

    @Test func anEndlessListStopsAtThePageLimit() throws {
        let server = try LoopbackServer { request, index in
            guard index < 50 else { return .init(status: 404) }
            return .init(status: 200, headers: ["Link": "<\(GitHubReleasesTests.origin(request))/repos/example/storage/releases?page=\(index + 2)>; rel=\"next\""], body: "[]")
        }
        defer { server.stop() }
        var releases = GitHubReleasesTests.releases(server)
        releases.pageLimit = 5
        let error = #expect(throws: GitHubError.self) { try releases.upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.kind == .unreadable)
        #expect(server.requests.count == 5)
    }
}
