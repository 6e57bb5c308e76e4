import Foundation

/// Pull request metadata kept on disk between runs, so a re-run asks GitHub nothing it already knows.
struct PullRequestCache {
    /// The file, or nil for a cache that lives only in memory.
    let file: String?
    /// Entries by number; each holds the `updatedAt` it was read at.
    var entries: [Int: PullRequestInfo] = [:]

    /// Reads the cache file; a missing or unreadable file is an empty cache.
    init(file: String?) {
        self.file = file
        guard let file, let data = FileManager.default.contents(atPath: file),
              let stored = try? JSONDecoder().decode([PullRequestInfo].self, from: data) else { return }
        entries = Dictionary(stored.map { ($0.number, $0) }, uniquingKeysWith: { $1 })
    }

    /// Writes the cache atomically.
    func save() throws {
        guard let file else { return }
        let url = URL(fileURLWithPath: file)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try encoder.encode(entries.values.sorted { $0.number < $1.number }).write(to: url, options: .atomic)
        } catch {
            throw GitHubError(context: file, reason: "cannot write the pull request cache")
        }
    }
}
