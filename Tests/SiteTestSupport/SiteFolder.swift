import Foundation

/// A built site on disk, read back for comparisons.
public struct SiteFolder {
    /// The folder.
    public let path: String

    /// Reads the site in `path`.
    public init(path: String) {
        self.path = path
    }

    /// Every file's site path, sorted; the build marker included.
    public var files: [String] {
        let all = FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []
        return all.filter { entry in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path + "/" + entry, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
    }

    /// One file's bytes.
    public func data(_ file: String) -> Data {
        FileManager.default.contents(atPath: path + "/" + file) ?? Data()
    }

    /// One file's text.
    public func text(_ file: String) -> String {
        String(decoding: data(file), as: UTF8.self)
    }

    /// The search index's manifest and every part, as one text: what a reader's search can find.
    public var searchIndexText: String {
        ([text("search-index.js")] + files.filter { $0.hasPrefix("search/") }.map(text)).joined(separator: "\n")
    }

    /// Every file's bytes, by site path.
    public var contents: [String: Data] {
        Dictionary(uniqueKeysWithValues: files.map { ($0, data($0)) })
    }

    /// A new folder under the temporary directory, for one test.
    public static func temporary(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
            .appendingPathComponent("herald-site-\(name)-" + UUID().uuidString).path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
