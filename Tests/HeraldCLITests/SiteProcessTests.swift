import Foundation
import HeraldSupport
import SampleRepositories
import Testing

/// `herald site` processes that overlap or are interrupted: the output is always a whole site, and nothing is left beside it.
@Suite struct SiteProcessTests {
    /// A repository of `count` tagged releases, made by one `git fast-import`, so the site has hundreds of pages.
    static func manyReleases(_ count: Int) throws -> ScratchRepository {
        let repo = try ScratchRepository()
        var script = ""
        for index in 1...count {
            let message = "Change number \(index)\n"
            let file = "release \(index)\n"
            script += "commit refs/heads/main\nmark :\(index)\n"
            script += "committer Alice <alice@example.com> \(ScratchRepository.startOfClock + index * 3600) +0000\n"
            script += "data \(message.utf8.count)\n\(message)"
            if index > 1 { script += "from :\(index - 1)\n" }
            script += "M 644 inline file\(index).go\ndata \(file.utf8.count)\n\(file)\n"
            script += "reset refs/tags/v1.0.\(index)\nfrom :\(index)\n\n"
        }
        try repo.git(["fast-import", "--quiet"], input: Data(script.utf8))
        return repo
    }

    /// Starts the `herald` binary with `arguments`, its output thrown away.
    static func start(_ arguments: [String]) throws -> ChildProcess {
        let process = ChildProcess()
        // The test runner ignores SIGINT; ChildProcess starts Herald with the default, as an interactive shell would.
        process.executableURL = URL(fileURLWithPath: HeraldExecutableTests.binary)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A new empty folder under the temporary directory.
    static func scratchFolder(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-\(name)-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Every file under `folder`, by relative path.
    static func files(in folder: String) -> Set<String> {
        let entries = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return Set(entries.filter { entry in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + entry, isDirectory: &isFolder) && !isFolder.boolValue
        })
    }

    @Test func twoProcessesIntoOneOutputLeaveAWholeSite() throws {
        let repo = try Self.manyReleases(150)
        defer { repo.remove() }
        let scratch = try Self.scratchFolder("site-race")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let reference = try HeraldExecutableTests.run(["site", "--repo", repo.path, "--output", scratch + "/reference"])
        #expect(reference.status == 0, "\(reference.stderr)")
        let expected = Self.files(in: scratch + "/reference")
        #expect(expected.count > 150)
        for round in 0..<3 {
            let builds = try (0..<2).map { _ in try Self.start(["site", "--repo", repo.path, "--output", scratch + "/_site"]) }
            for build in builds { build.waitUntilExit() }
            #expect(builds.allSatisfy { $0.terminationStatus == 0 }, "round \(round): \(builds.map(\.terminationStatus))")
            #expect(Self.files(in: scratch + "/_site") == expected, "round \(round): \(Self.files(in: scratch + "/_site").count) of \(expected.count) files")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch).filter { $0.hasPrefix(".") }
            #expect(leftovers.isEmpty, "round \(round) left \(leftovers)")
        }
    }

    @Test func anInterruptedBuildLeavesNoStagingFolder() throws {
        let repo = try Self.manyReleases(300)
        defer { repo.remove() }
        let scratch = try Self.scratchFolder("site-interrupt")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var interrupted = false
        // The signal must land while the staging folder exists, and the handler runs a moment later: a build that
        // finished first must have put a whole site in place, and is tried again.
        for _ in 0..<8 where !interrupted {
            try? FileManager.default.removeItem(atPath: scratch + "/_site")
            let build = try Self.start(["site", "--repo", repo.path, "--output", scratch + "/_site"])
            var signalled = false
            while build.isRunning && !signalled {
                let entries = (try? FileManager.default.contentsOfDirectory(atPath: scratch)) ?? []
                if entries.contains(where: { $0.hasPrefix("._site.herald-tmp-") }) {
                    kill(build.processIdentifier, SIGINT)
                    signalled = true
                }
                usleep(200)
            }
            build.waitUntilExit()
            let stopped = build.terminationReason == .uncaughtSignal
            #expect(stopped || build.terminationStatus == 0, "an interrupted build dies of the signal, never of an error of its own")
            interrupted = signalled && stopped
            if stopped {
                #expect(build.terminationStatus == SIGINT)
                #expect(!FileManager.default.fileExists(atPath: scratch + "/_site"), "no site appears from an interrupted first build")
            } else {
                #expect(FileManager.default.fileExists(atPath: scratch + "/_site/.herald-site"), "a build that finished put its site in place")
            }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch).filter { $0.hasPrefix(".") }
            #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")
        }
        #expect(interrupted, "the build was never caught while it wrote")
    }
}
