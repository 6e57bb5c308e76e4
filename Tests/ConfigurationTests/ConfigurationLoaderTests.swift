import Configuration
import Foundation
import Testing

/// Finding the file: `--config` must exist; `REPO/.herald.yml` is optional.
@Suite struct ConfigurationLoaderTests {
    /// A fresh temporary folder, removed by the caller.
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func absentDefaultFileGivesTheDefaultConfiguration() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (configuration, file) = try ConfigurationLoader.load(explicitPath: nil, repository: folder.path)
        #expect(configuration == .default)
        #expect(file == nil)
    }

    @Test func defaultFileIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "project: hostpath\n".write(to: folder.appendingPathComponent(".herald.yml"), atomically: true, encoding: .utf8)
        let (configuration, file) = try ConfigurationLoader.load(explicitPath: nil, repository: folder.path + "/")
        #expect(configuration.project == "hostpath")
        #expect(file == folder.path + "/.herald.yml")
    }

    @Test func explicitFileIsReadAndErrorsNameIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("herald.yml").path
        try "project: x\nbogus: 1\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try ConfigurationLoader.load(explicitPath: path, repository: folder.path)
        } throws: { error in
            "\(error)" == "\(path):2: bogus: unknown key; known keys are project, repository, components, rules, exclude, sections, notes, sources, site, drafts, lint, tags"
        }
    }

    @Test func missingExplicitFileIsAnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("missing.yml").path
        #expect(throws: ConfigurationError(file: path, .noSuchFile)) {
            _ = try ConfigurationLoader.load(explicitPath: path, repository: folder.path)
        }
        #expect(throws: ConfigurationError(file: folder.path, .isFolder)) {
            _ = try ConfigurationLoader.load(explicitPath: folder.path, repository: folder.path)
        }
    }

    @Test func invalidUTF8IsAnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(".herald.yml").path
        try Data([0x70, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: path))
        #expect(throws: ConfigurationError(file: path, .notUTF8)) {
            _ = try ConfigurationLoader.load(explicitPath: nil, repository: folder.path)
        }
    }
}
