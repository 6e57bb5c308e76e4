import Foundation
import HeraldSupport
import Site
import SiteTestSupport
import Testing
@testable import HeraldCLI

/// A site written while it is built: each file staged as it is made, the whole put in place only when the build ends.
@Suite struct SiteWriterStreamingTests {
    /// The problem a build meets halfway.
    struct BuildFailure: Error, Equatable {}

    @Test func filesHandedOverWhileBuildingMakeTheSiteAWholeWriteMakes() throws {
        let scratch = SiteFolder.temporary("streamed")
        let files = SiteWriterTests.site("new", count: 40)
        var whole = SiteWriter(output: scratch + "/whole")
        whole.strategy = .swap
        _ = try whole.write(files)
        let (site, report) = try SiteWriter(output: scratch + "/streamed").write { sink in
            let sink = try #require(sink, "an output that can be swapped is staged while the site is built")
            // A path handed over twice keeps its later bytes, as a dictionary of files would.
            sink.write(Data("<p>first</p>\n".utf8), at: "index.html")
            for path in files.keys.sorted() { sink.write(files[path] ?? Data(), at: path) }
            return BuiltSite(files: [:], warnings: [])
        }
        #expect(site.files.isEmpty)
        #expect(report == SiteReport(output: SiteWriter(output: scratch + "/streamed").output, files: files.count, written: files.count, unchanged: 0))
        #expect(SiteFolder(path: scratch + "/streamed").contents == SiteFolder(path: scratch + "/whole").contents)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).sorted() == ["streamed", "whole"])
    }

    @Test func aBuildThatFailsHalfwayLeavesThePreviousSiteAndNoStagingFolder() throws {
        let (scratch, output, before) = try SiteWriterTests.oldSite("streamed-failure")
        let staged = Locked<String?>(nil)
        var writer = SiteWriter(output: output)
        writer.stagingMade = { staged.set($0) }
        let error = #expect(throws: BuildFailure.self) {
            try writer.write { sink in
                sink?.write(Data("<p>half</p>\n".utf8), at: "pages/half.html")
                #expect(staged.get().map { FileManager.default.fileExists(atPath: $0 + "/pages/half.html") } == true, "staged at once")
                throw BuildFailure()
            }
        }
        #expect(error == BuildFailure(), "the build's own error, not a write error")
        #expect(SiteFolder(path: output).contents == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["_site"])
    }

    @Test func aFileThatCannotBeStagedFailsTheWriteOnceTheBuildEnds() throws {
        let (scratch, output, before) = try SiteWriterTests.oldSite("streamed-unwritable")
        let writer = SiteWriter(output: output)
        var built = false
        let error = #expect(throws: HeraldCLIError.self) {
            try writer.write { sink in
                sink?.write(Data("a file\n".utf8), at: "pages")
                // A folder where a file already stands: the write fails, and the build still runs to its end.
                sink?.write(Data("<p>below</p>\n".utf8), at: "pages/below.html")
                sink?.write(Data("<p>after</p>\n".utf8), at: "after.html")
                built = true
                return BuiltSite(files: [:], warnings: [])
            }
        }
        #expect(built)
        guard case .siteFileSystem(let path, .writeFile, _)? = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(path.hasSuffix("/pages/below.html"))
        #expect(SiteFolder(path: output).contents == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["_site"])
    }

    @Test func anOutputUpdatedInPlaceGetsTheFilesOnceTheBuildEnds() throws {
        let output = SiteFolder.temporary("streamed-in-place")
        var writer = SiteWriter(output: output)
        writer.strategy = .inPlace
        let files = SiteWriterTests.site("new", count: 12)
        let (site, report) = try writer.write { sink in
            #expect(sink == nil, "a mount point is never half-updated by a build that may still fail")
            return BuiltSite(files: files, warnings: [])
        }
        #expect(site.files == files)
        #expect(report.written == files.count)
        var result = SiteFolder(path: output).contents
        #expect(result.removeValue(forKey: SiteWriter.marker) != nil)
        #expect(result == files)
    }
}
