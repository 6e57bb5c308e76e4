import Foundation
import SampleRepositories
import SiteTestSupport
import Testing
@testable import HeraldCLI

/// How the site meets the file system: links in the docs folder, the output's mode, an output reached through a link.
@Suite struct SiteFileSystemTests {
    @Test func linksInTheDocsFolderAreNotFollowed() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let scratch = SiteFolder.temporary("links")
        try Data("secret outside the repository\n".utf8).write(to: URL(fileURLWithPath: scratch + "/secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/docs/leak.md", withDestinationPath: scratch + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/docs/leak.png", withDestinationPath: scratch + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/docs/outside", withDestinationPath: scratch)
        let output = scratch + "/_site"
        _ = try SiteAction(repo: repository.path, output: output).run()
        let site = SiteFolder(path: output)
        #expect(!site.files.contains { $0.contains("leak") || $0.contains("outside") }, "\(site.files)")
        #expect(!site.files.contains { site.text($0).contains("secret outside") })
    }

    @Test func theOutputIsReadableByOthersAndALinkedOutputIsUpdatedInPlace() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let scratch = SiteFolder.temporary("modes")
        let real = scratch + "/real"
        _ = try SiteAction(repo: repository.path, output: real).run()
        let mask = umask(0)
        umask(mask)
        let mode = try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int
        #expect(mode == Int(0o777 & ~mask), "the site folder gets a new folder's usual mode, not mkdtemp's 0700")

        try FileManager.default.createSymbolicLink(atPath: scratch + "/link", withDestinationPath: real)
        try repository.tag("client/v1.2.0")
        _ = try SiteAction(repo: repository.path, output: scratch + "/link").run()
        let type = try FileManager.default.attributesOfItem(atPath: scratch + "/link")[.type] as? FileAttributeType
        #expect(type == .typeSymbolicLink, "the link stays a link")
        #expect(FileManager.default.fileExists(atPath: real + "/components/client/v1.2.0.html"), "the folder it names is rebuilt")
    }

    @Test func anOutputInsideTheDocsFolderIsNotReadAsPages() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        try Data("\\x89PNG".utf8).write(to: URL(fileURLWithPath: repository.path + "/docs/logo.png"))
        let output = repository.path + "/docs/_site"
        _ = try SiteAction(repo: repository.path, output: output).run()
        _ = try SiteAction(repo: repository.path, output: output).run()
        #expect(!SiteFolder(path: output).files.contains { $0.contains("_site") })
    }
}
