import Foundation

extension ScratchRepository {
    /// Writes UTF-8 files at paths relative to the work tree, creating folders as needed.
    public func write(_ files: [String: String]) throws {
        for (relative, contents) in files.sorted(by: { $0.key < $1.key }) {
            let target = try location(of: relative)
            do {
                try FileManager.default.createDirectory(
                    atPath: (target as NSString).deletingLastPathComponent,
                    withIntermediateDirectories: true
                )
                try Data(contents.utf8).write(to: URL(fileURLWithPath: target))
            } catch {
                throw ScratchRepositoryError(command: "write \(relative)", reason: "\(error)")
            }
        }
    }

    /// Writes `files`, or a fresh file when empty so the commit is never empty, then stages everything.
    func stage(_ files: [String: String], note: String) throws {
        if files.isEmpty {
            // Named after the clock, which no other commit shares, so the tree always changes.
            try write(["changes/\(clock).txt": note + "\n"])
        } else {
            try write(files)
        }
        try run(["add", "-A"])
    }

    /// The absolute path for a relative one, refusing paths that leave the work tree.
    private func location(of relative: String) throws -> String {
        let parts = relative.split(separator: "/")
        guard !relative.hasPrefix("/"), !parts.isEmpty, !parts.contains(".."), !parts.contains(".git") else {
            throw ScratchRepositoryError(command: "write \(relative)", reason: "path must stay inside the work tree")
        }
        return path + "/" + parts.joined(separator: "/")
    }
}
