import Foundation
import SampleRepositories
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Herald catches SIGINT and SIGTERM to clean up; it must still end at once, of that signal.
@Suite(.serialized) struct InterruptTests {
    static let binary = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../.build/debug/herald").standardized.path

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalWhileWaitingOnGitHubEndsHeraldOfThatSignal(signal number: Int32) throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: [".herald.yml": "repository: example/storage\n", "main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        let server = try LoopbackServer { _, _ in .init(status: 200, body: "{}", delay: 20) }
        defer { server.stop() }
        let process = Process()
        // The test runner ignores SIGINT, and children inherit that; Herald keeps an inherited "ignore", so `env`
        // restores the default first, as an interactive shell would.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--default-signal=INT,TERM", Self.binary, "notes", "--repo", repo.path, "--github"]
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["GITHUB_API_URL": server.baseURL.absoluteString, "GITHUB_TOKEN": "ghp_interruptToken"]
        ) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        // Wait until Herald is waiting on the server.
        let deadline = Date().addingTimeInterval(10)
        while server.requests.isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(!server.requests.isEmpty)
        let sent = Date()
        kill(process.processIdentifier, number)
        let ended = exited.wait(timeout: .now() + 5) == .success
        #expect(ended, "herald ends within 5 s of the signal")
        guard ended else {
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
            return
        }
        #expect(Date().timeIntervalSince(sent) < 5)
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == number)
    }
}
