import Foundation
import HeraldSupport
import SampleRepositories
import LoopbackGitHub
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Herald catches SIGINT and SIGTERM to clean up; it must still end at once, of that signal.
@Suite(.serialized) struct InterruptTests {
    static let binary = HeraldExecutableTests.binary

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalWhileWaitingOnGitHubEndsHeraldOfThatSignal(signal number: Int32) throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: [".herald.yml": "repository: example/storage\n", "main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        let server = try LoopbackServer { _, _ in .init(status: 200, body: "{}", delay: 20) }
        defer { server.stop() }
        let process = ChildProcess()
        // The test runner ignores SIGINT; ChildProcess starts Herald with the default, as an interactive shell would.
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["notes", "--repo", repo.path, "--github"]
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

    @Test func aSignalEndsTheGitChildHeraldWaitsOn() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: ["main.go": "v0\n", "deploy/a.yaml": "image: registry.k8s.io/x/y:v1.0.0\n"])
        try repo.tag("v1.0.0")
        // A loose object that is a FIFO: git's open() waits for a writer that never comes, like storage that hangs.
        let blob = try repo.git("rev-parse", "HEAD:deploy/a.yaml")
        let object = "\(repo.path)/.git/objects/\(blob.prefix(2))/\(blob.dropFirst(2))"
        try FileManager.default.removeItem(atPath: object)
        #expect(mkfifo(object, 0o644) == 0)
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["images", "--repo", repo.path, "--at", "v1.0.0"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        // Wait until Herald's cat-file child is blocked on the FIFO.
        var child: Int32?
        let deadline = Date().addingTimeInterval(10)
        while child == nil && Date() < deadline {
            child = Self.children(of: process.processIdentifier).first
            if child == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        let pid = try #require(child, "herald starts git")
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGTERM)
        let ended = exited.wait(timeout: .now() + 5) == .success
        #expect(ended)
        if !ended { kill(process.processIdentifier, SIGKILL); exited.wait() }
        // The child is ended, not left behind re-parented to pid 1.
        var gone = false
        for _ in 0..<100 where !gone {
            gone = kill(pid, 0) != 0 || Self.isZombie(pid)
            if !gone { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(gone, "git child \(pid) still runs")
        if !gone { kill(pid, SIGKILL) }
    }

    /// The pids whose parent is `parent`, from /proc.
    static func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.range(of: ")", options: .backwards) else { return false }
            let fields = stat[close.upperBound...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent
        }
    }

    /// Whether `pid` has exited and waits only to be reaped.
    static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.range(of: ")", options: .backwards) else { return true }
        return stat[close.upperBound...].split(separator: " ").first == "Z"
    }
}
