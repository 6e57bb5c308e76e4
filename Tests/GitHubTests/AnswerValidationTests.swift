import Foundation
import LoopbackGitHub
import Testing
@testable import GitHub

/// Answers that are not what GitHub sends are one-line errors: never "no release", never a crash or a hang.
@Suite(.serialized) struct AnswerValidationTests {
    static let payload = GitHubReleasesTests.payload

    @Test(arguments: [
        #"[{"id":1,"tag_name":"v1.1.0","draft":true},{"id":2,"tag_"#,        // truncated
        "<!DOCTYPE html><html><body>proxy login</body></html>",              // a proxy's page
        #"{"message":"ok"}"#,                                                // an object
        "",                                                                  // nothing
        #"[{"id":"1","tag_name":"v1.1.0"}]"#,                                // id not an integer
        #"[{"id":1}]"#,                                                      // no tag_name
        "[1,2,3]",                                                           // not release objects
    ])
    func aListThatIsNotAListOfReleasesCreatesNothing(body: String) throws {
        let server = try LoopbackServer { request, _ in
            request.method == "GET" ? .init(status: 200, body: body) : .init(status: 201, body: #"{"id":9}"#)
        }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.kind == .unreadable)
        #expect(error.map { !$0.description.contains("\n") } == true)
        #expect(!server.requests.contains { $0.method == "POST" || $0.method == "PATCH" })
    }

    @Test(arguments: [("POST", #"{"tag_name":"v1.2.0"}"#), ("POST", "created!"), ("PATCH", "<html>ok</html>"), ("PATCH", "")])
    func aWriteAnsweredWithoutAReleaseIsAnError(method: String, body: String) throws {
        let store = ReleaseStore(method == "PATCH" ? [(5, "v1.2.0")] : [])
        let server = try LoopbackServer { request, _ in
            request.method == method ? .init(status: method == "POST" ? 201 : 200, body: body) : store.answer(request)
        }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.kind == .unreadable)
        #expect(server.requests.filter { $0.method == method }.count == 1)
    }

    @Test func aBodyPastTheLimitIsAnError() throws {
        let server = try LoopbackServer { _, _ in .init(status: 200, body: "[" + String(repeating: " ", count: 64 * 1024) + "]") }
        defer { server.stop() }
        let api = GitHubAPI(
            baseURL: server.baseURL, token: GitHubReleasesTests.token,
            transport: URLSessionTransport(timeout: 5, maximumBodyBytes: 4096), retryBudget: 10, pause: { _ in }
        )
        let error = #expect(throws: GitHubError.self) {
            try GitHubReleases(api: api, repository: "example/storage").upsert(tagName: "v1.2.0", payload: Self.payload)
        }
        #expect(error?.description.contains("larger than") == true)
        #expect(!server.requests.contains { $0.method == "POST" })
    }

    @Test(arguments: [300, 302, 304, 308])
    func aRedirectWithoutAPlaceToGoIsAnError(status: Int) throws {
        let server = try LoopbackServer { _, _ in .init(status: status) }
        defer { server.stop() }
        let error = #expect(throws: GitHubError.self) { try GitHubReleasesTests.releases(server).upsert(tagName: "v1.2.0", payload: Self.payload) }
        #expect(error?.kind == .redirected)
        #expect(error.map { !$0.description.contains("\n") } == true)
        #expect(server.requests.count == 1)
    }
}
