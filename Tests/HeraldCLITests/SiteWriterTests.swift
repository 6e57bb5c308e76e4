import HeraldSupport
import Foundation
import SiteTestSupport
import Testing
@testable import HeraldCLI

/// How the writer shares an output: concurrent builds, staging folders of other builds, outputs that cannot be moved.
@Suite struct SiteWriterTests {
    /// A site of `count` pages whose bytes all say `label`.
    static func site(_ label: String, count: Int) -> [String: Data] {
        var files: [String: Data] = [:]
        for index in 0..<count {
            files["pages/\(index % 10)/\(label)-\(index).html"] = Data("<p>\(label) \(index)</p>\n".utf8)
        }
        files["index.html"] = Data("<p>\(label)</p>\n".utf8)
        return files
    }

    /// A scratch folder holding `_site`, an old site of five pages already written there, and that site's files.
    static func oldSite(_ name: String) throws -> (scratch: String, output: String, before: [String: Data]) {
        let scratch = SiteFolder.temporary(name)
        let output = scratch + "/_site"
        _ = try SiteWriter(output: output).write(site("old", count: 5))
        return (scratch, output, SiteFolder(path: output).contents)
    }

    @Test func twoConcurrentBuildsLeaveOneWholeSite() throws {
        let scratch = SiteFolder.temporary("concurrent")
        let output = scratch + "/_site"
        let sites = [Self.site("first", count: 400), Self.site("second", count: 400)]
        for round in 0..<4 {
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                do {
                    _ = try SiteWriter(output: output).write(sites[index])
                } catch {
                    failures.add("round \(round), build \(index): \(error)")
                }
            }
            #expect(failures.all.isEmpty, "\(failures.all)")
            var result = SiteFolder(path: output).contents
            #expect(result.removeValue(forKey: SiteWriter.marker) != nil)
            #expect(result == sites[0] || result == sites[1], "round \(round): \(result.count) files, a mix or a part of the two builds")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch).filter { $0 != "_site" }
            #expect(leftovers.isEmpty, "round \(round) left \(leftovers)")
        }
    }

    @Test func aStagingFolderOfARunningBuildIsKept() throws {
        let scratch = SiteFolder.temporary("staging")
        let output = scratch + "/_site"
        let running = ChildProcess()
        running.executableURL = URL(fileURLWithPath: "/bin/sleep")
        running.arguments = ["30"]
        try running.run()
        defer { running.terminate() }
        let finished = ChildProcess()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let live = scratch + "/._site.herald-tmp-\(running.processIdentifier)-live"
        let dead = scratch + "/._site.herald-tmp-\(finished.processIdentifier)-dead"
        for folder in [live, dead] {
            try FileManager.default.createDirectory(atPath: folder + "/pages", withIntermediateDirectories: true)
            try Data("half a build\n".utf8).write(to: URL(fileURLWithPath: folder + "/pages/a.html"))
        }
        _ = try SiteWriter(output: output).write(Self.site("new", count: 5))
        #expect(FileManager.default.fileExists(atPath: live + "/pages/a.html"), "another build's folder is left alone while it runs")
        #expect(!FileManager.default.fileExists(atPath: dead), "a folder whose build is gone is removed")
    }

    @Test func aWaitingBuildGivesUpWithOneClearLine() throws {
        let output = SiteFolder.temporary("waiting") + "/_site"
        let lock = try SiteOutputLock(lockingFile: (output as NSString).deletingLastPathComponent + "/._site.herald-lock", timeout: 1)
        defer { lock.release() }
        var writer = SiteWriter(output: output)
        writer.lockTimeout = 0.2
        let error = #expect(throws: HeraldCLIError.self) { try writer.write(Self.site("late", count: 3)) }
        #expect(error == .siteOutputBusy(path: (writer.output as NSString).deletingLastPathComponent + "/._site.herald-lock"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func replacingInPlaceGivesWhatASwapGives() throws {
        let scratch = SiteFolder.temporary("in-place")
        var first = Self.site("old", count: 30)
        first["releases/v1.html"] = Data("a page that the next build has as a folder\n".utf8)
        first["docs/guide/index.html"] = Data("a folder that the next build has as a page\n".utf8)
        var second = Self.site("old", count: 20)
        second["index.html"] = Data("<p>changed</p>\n".utf8)
        second["releases/v1.html/index.html"] = Data("now in a folder\n".utf8)
        second["docs/guide"] = Data("now a page\n".utf8)
        var swapped = SiteWriter(output: scratch + "/swapped")
        swapped.strategy = .swap
        var inPlace = SiteWriter(output: scratch + "/in-place")
        inPlace.strategy = .inPlace
        _ = try swapped.write(first)
        _ = try inPlace.write(first)
        try Data("left by a killed build\n".utf8).write(to: URL(fileURLWithPath: scratch + "/in-place/pages/.a.html.herald-tmp-1-x"))
        let swapReport = try swapped.write(second)
        let inPlaceReport = try inPlace.write(second)
        #expect(SiteFolder(path: scratch + "/in-place").contents == SiteFolder(path: scratch + "/swapped").contents)
        #expect(inPlaceReport.written == swapReport.written && inPlaceReport.unchanged == swapReport.unchanged)
        #expect(!FileManager.default.fileExists(atPath: scratch + "/in-place/pages/0/old-20.html"), "a page the new build lacks is removed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).sorted() == ["in-place", "swapped"])
    }

    @Test func replacingInPlaceRefusesAFolderItDidNotBuild() throws {
        let output = SiteFolder.temporary("in-place-refuse")
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: output + "/notes.txt"))
        var writer = SiteWriter(output: output)
        writer.strategy = .inPlace
        let error = #expect(throws: HeraldCLIError.self) { try writer.write(Self.site("new", count: 3)) }
        #expect(error == .siteForeignFiles(path: writer.output, marker: SiteWriter.marker))
        #expect(SiteFolder(path: output).files == ["notes.txt"])
    }

    @Test func aBuildWhoseStagingFolderIsRemovedUnderItSaysItWasInterrupted() throws {
        let (scratch, output, before) = try Self.oldSite("interrupted")
        var writer = SiteWriter(output: output)
        // What the interrupt handler does, without ending this process.
        writer.stagingMade = { try? FileManager.default.removeItem(atPath: $0) }
        let error = #expect(throws: HeraldCLIError.self) { try writer.write(Self.site("new", count: 50)) }
        #expect(error == .siteInterrupted(path: writer.output))
        #expect(error?.description == "site step 'write site': \(writer.output): interrupted; the previous site is left as it was")
        #expect(SiteFolder(path: output).contents == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["_site"])
    }
}
