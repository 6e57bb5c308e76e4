import Foundation
import Testing

/// The archive `make dist` writes, unpacked and run as on a machine without Swift. `make test` builds it and names it
/// in `HERALD_DIST_ARCHIVE`; without that the tests skip with a note, and fail instead when `HERALD_REQUIRE_DIST=1`.
@Suite struct DistributionTests {
    /// The archive to test, or nil after reporting it missing (an issue when it is required, else a note).
    static func archive() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["HERALD_DIST_ARCHIVE"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let advice = "run `make dist` and set HERALD_DIST_ARCHIVE to the archive it prints, as `make test` does"
        if environment["HERALD_REQUIRE_DIST"] == "1" {
            Issue.record("HERALD_DIST_ARCHIVE is not set and HERALD_REQUIRE_DIST=1: \(advice)")
        } else {
            print("note: skipping a distribution test, HERALD_DIST_ARCHIVE is not set: \(advice)")
        }
        return nil
    }

    /// The archive's top folder name, `herald-VERSION-linux-ARCH`.
    static func folderName(of archive: URL) -> String {
        String(archive.lastPathComponent.dropLast(".tar.gz".count))
    }

    /// Unpacks `archive` into a fresh temporary folder and returns that folder.
    static func unpack(_ archive: URL) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-dist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try HeraldExecutableTests.run(executable: "/bin/tar", arguments: ["-xzf", archive.path, "-C", folder.path])
        try #require(result.status == 0, "tar could not unpack \(archive.path): \(result.stderr)")
        return folder
    }

    /// The Swift toolchain's library folder (`usr/lib` beside the `bin` that holds `swiftc`), or nil when no `swiftc`
    /// is on the PATH.
    static func toolchainLibraries() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("swiftc")
            guard FileManager.default.isExecutableFile(atPath: candidate.path) else { continue }
            return candidate.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("lib")
        }
        return nil
    }

    @Test func archiveHoldsTheBinaryTheNoticesAndAChecksum() throws {
        guard let archive = Self.archive() else { return }
        let name = Self.folderName(of: archive)
        #expect(name.wholeMatch(of: /herald-[0-9A-Za-z.+-]+-linux-[a-z0-9_]+/) != nil, "unexpected archive name \(name)")

        let check = try HeraldExecutableTests.run(
            executable: "/bin/sh", arguments: ["-c", "cd \"$(dirname \"$1\")\" && sha256sum -c \"$(basename \"$1\").sha256\"", "sh", archive.path]
        )
        #expect(check.status == 0, "the .sha256 file does not match: \(check.stdout)\(check.stderr)")

        let listing = try HeraldExecutableTests.run(executable: "/bin/tar", arguments: ["-tzf", archive.path])
        try #require(listing.status == 0, "\(listing.stderr)")
        let entries = Set(listing.stdout.split(separator: "\n").map(String.init))
        #expect(entries.isSuperset(of: ["\(name)/", "\(name)/herald", "\(name)/THIRD-PARTY-NOTICES.txt"]), "\(entries.sorted())")
        #expect(entries.allSatisfy { $0.hasPrefix("\(name)/") }, "everything sits in one folder: \(entries.sorted())")

        let folder = try Self.unpack(archive)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notices = try String(contentsOf: folder.appendingPathComponent("\(name)/THIRD-PARTY-NOTICES.txt"), encoding: .utf8)
        for library in [
            "Runtime Library Exception", "swift-foundation-icu", "libcmark", "BSD-2-Clause", "swift-argument-parser",
            "swift-mustache", "yams", "LibYAML",
        ] {
            #expect(notices.contains(library), "THIRD-PARTY-NOTICES.txt does not name \(library)")
        }
    }

    @Test func binaryRunsWithoutTheToolchainsLibraries() throws {
        guard let archive = Self.archive() else { return }
        let name = Self.folderName(of: archive)
        let folder = try Self.unpack(archive)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("\(name)/herald").path

        // env -i: no LD_LIBRARY_PATH or anything else from the toolchain's environment reaches the binary.
        let version = try HeraldExecutableTests.run(executable: "/usr/bin/env", arguments: ["-i", "PATH=/usr/bin:/bin", binary, "--version"])
        #expect(version.status == 0, "\(version.stderr)")
        #expect(name.hasPrefix("herald-\(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines))-linux-"), "\(version.stdout)")

        let ldd = try HeraldExecutableTests.run(executable: "/usr/bin/env", arguments: ["-i", "PATH=/usr/bin:/bin", "ldd", binary])
        #expect(ldd.status == 0, "\(ldd.stderr)")
        let toolchain = try #require(Self.toolchainLibraries(), "no swiftc on the PATH to find the toolchain's libraries by")
        let linkedStatically = ["libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime", "libcmark", "libxml2"]
        let wrong = ldd.stdout.split(separator: "\n").filter { line in
            line.contains(toolchain.path) || line.contains("not found") || linkedStatically.contains { line.contains($0) }
        }
        #expect(wrong.isEmpty, "loads what should be linked in, or from the Swift toolchain (\(toolchain.path)): \(wrong)")
    }

    /// Hides the toolchain's libraries behind an empty folder in a mount namespace of its own, where the system allows
    /// one, and builds the demo there: git, libcmark and Foundation all run.
    @Test func binaryBuildsTheDemoWithTheToolchainHidden() throws {
        guard let archive = Self.archive() else { return }
        let toolchain = try #require(Self.toolchainLibraries(), "no swiftc on the PATH to find the toolchain's libraries by")
        let probe = try HeraldExecutableTests.run(executable: "/usr/bin/env", arguments: ["unshare", "--mount", "true"])
        guard probe.status == 0 else {
            print("note: skipping the hidden-toolchain run, `unshare --mount` is not permitted here: \(probe.stderr)")
            return
        }
        let folder = try Self.unpack(archive)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("\(Self.folderName(of: archive))/herald").path
        let demo = folder.appendingPathComponent("demo").path
        let script = #"mount -t tmpfs none "$1" && [ -z "$(ls -A "$1")" ] && exec env -i PATH=/usr/bin:/bin "$2" demo "$3""#
        let result = try HeraldExecutableTests.run(
            executable: "/usr/bin/env", arguments: ["unshare", "--mount", "/bin/sh", "-c", script, "sh", toolchain.path, binary, demo]
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: demo + "/_site/index.html"), "\(result.stdout)")
    }
}
