import Foundation
import Testing
@testable import HeraldSupport

/// Scratch names tell their maker, so only leftovers of processes that are gone are removed.
struct ScratchNameTests {
    @Test func aNameCarriesItsMakerAndIsNotAbandonedWhileItRuns() {
        let name = ScratchName.make(for: "CHANGELOG.md")
        #expect(name.hasPrefix(".CHANGELOG.md.herald-tmp-"))
        #expect(ScratchName.owner(of: name, base: "CHANGELOG.md") == getpid())
        #expect(!ScratchName.isAbandoned(name, base: "CHANGELOG.md"))
        #expect(ScratchName.owner(of: name, base: "other.md") == nil)
    }

    @Test func removesLeftoversOfGoneProcessesOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A pid above the kernel's limit never runs; pid 1 always does.
        let gone = ".out.herald-tmp-99999999-abc", running = ".out.herald-tmp-1-def", mine = ScratchName.make(for: "out")
        for name in [gone, running, mine, "out", "unrelated"] {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
        }
        ScratchName.removeAbandoned(in: folder, base: "out")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == [running, mine, "out", "unrelated"].sorted())
    }

    @Test func cleanUpRemovesRegisteredPathsAndForgetsUnregisteredOnes() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("cleanup-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: base + "-a", contents: Data())
        _ = FileManager.default.createFile(atPath: base + "-b", contents: Data())
        defer { try? FileManager.default.removeItem(atPath: base + "-b") }
        _ = InterruptCleanup.register(path: base + "-a")
        let kept = InterruptCleanup.register(path: base + "-b")
        InterruptCleanup.unregister(kept)
        InterruptCleanup.cleanUp()
        #expect(!FileManager.default.fileExists(atPath: base + "-a"))
        #expect(FileManager.default.fileExists(atPath: base + "-b"))
    }
}
