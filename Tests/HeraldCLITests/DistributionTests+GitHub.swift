import Foundation
import LoopbackGitHub
import SampleRepositories
import Testing

extension DistributionTests {
    /// The binary does not load libcurl to start, so commands that never talk to GitHub skip its thirty-odd libraries;
    /// its first request opens libcurl and goes out with the token.
    @Test func binaryLoadsLibcurlOnlyToTalkToGitHub() throws {
        guard let archive = Self.archive() else { return }
        let folder = try Self.unpack(archive)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("\(Self.folderName(of: archive))/herald").path

        let needed = try HeraldExecutableTests.run(executable: "/usr/bin/env", arguments: ["-i", "PATH=/usr/bin:/bin", "ldd", binary])
        #expect(needed.status == 0, "\(needed.stderr)")
        #expect(!needed.stdout.contains("libcurl"), "libcurl loads at start-up:\n\(needed.stdout)")

        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: [".herald.yml": "repository: example/storage\n", "main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 7, title: "Add snapshot listing", author: .alice)
        let server = try LoopbackServer { _, _ in .init(status: 200, body: #"{"data":{}}"#) }
        defer { server.stop() }
        let result = try HeraldExecutableTests.run(executable: "/usr/bin/env", arguments: [
            "-i", "PATH=/usr/bin:/bin", "GITHUB_API_URL=\(server.baseURL.absoluteString)", "GITHUB_TOKEN=\(LoopbackGitHub.token)",
            binary, "notes", "--repo", repo.path, "--github",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Add snapshot listing"), "\(result.stdout)")
        let request = try #require(server.requests.first, "no request reached the loopback server: \(result.stderr)")
        #expect(request.headers["authorization"] == "Bearer \(LoopbackGitHub.token)")
    }
}
