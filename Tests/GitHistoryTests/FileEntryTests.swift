import Foundation
import Testing
@testable import GitHistory
#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of entries, and reads of small files that refuse anything large, odd or blocking.
@Suite struct FileEntryTests {
    @Test func kindsFollowLinksUnlessAskedNotTo() throws {
        let folder = try GitFoldersTests.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("abc".utf8).write(to: URL(fileURLWithPath: folder + "/file"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: "file")
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling", withDestinationPath: "nowhere")
        #expect(mkfifo(folder + "/fifo", 0o600) == 0)
        #expect(FileEntry(at: folder + "/file") == FileEntry(at: folder + "/link"))
        #expect(FileEntry(at: folder + "/file").size == 3)
        #expect(FileEntry(at: folder + "/file").isOwnedByCurrentUser)
        #expect(FileEntry(at: folder + "/link", following: false).kind == .link)
        #expect(FileEntry(at: folder).kind == .folder)
        #expect(FileEntry(at: folder + "/missing").kind == .missing)
        #expect(FileEntry(at: folder + "/file/below").kind == .other, "a path through a file")
        #expect(FileEntry(at: folder + "/dangling").kind == .other, "a link to nothing is not nothing")
        #expect(FileEntry(at: folder + "/fifo").kind == .other)
    }

    @Test func smallTextIsBoundedAndRefusesWhatIsNotAFile() throws {
        let folder = try GitFoldersTests.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(repeating: 0x61, count: 16).write(to: URL(fileURLWithPath: folder + "/sixteen"))
        try Data([0x67, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: folder + "/latin"))
        #expect(mkfifo(folder + "/fifo", 0o600) == 0)
        #expect(FileEntry.smallText(at: folder + "/sixteen", limit: 16) == String(repeating: "a", count: 16))
        #expect(FileEntry.smallText(at: folder + "/sixteen", limit: 15) == nil)
        #expect(FileEntry.smallText(at: folder + "/latin", limit: 16) == nil, "not UTF-8")
        #expect(FileEntry.smallText(at: folder + "/fifo", limit: 16) == nil, "never waits for a writer")
        #expect(FileEntry.smallText(at: folder, limit: 16) == nil)
        #expect(FileEntry.smallText(at: folder + "/missing", limit: 16) == nil)
        #expect(FileEntry.isSearchableFolder(folder))
        #expect(!FileEntry.isSearchableFolder(folder + "/sixteen"))
    }
}
