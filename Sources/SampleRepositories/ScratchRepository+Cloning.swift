import Foundation

extension ScratchRepository {
    /// `git clone --depth <depth> file://<path>` into a new temporary folder; the clone shares this clock.
    public func shallowClone(depth: Int = 1) throws -> ScratchRepository {
        try clone(["--depth", String(depth)])
    }

    /// `git clone --filter=<filter> --no-checkout file://<path>`: a partial clone whose promisor remote is this repository.
    ///
    /// The clone holds no blobs (with `blob:none`) until git fetches them from here; remove or move this
    /// repository to make such a fetch fail.
    public func partialClone(filter: String = "blob:none") throws -> ScratchRepository {
        // A server refuses filters unless it allows them; git then sends everything and the clone is whole.
        try run(["config", "uploadpack.allowFilter", "true"])
        return try clone(["--filter=" + filter, "--no-checkout"])
    }

    /// Clones this repository over `file://` with extra `options` into a new temporary folder sharing this clock.
    private func clone(_ options: [String]) throws -> ScratchRepository {
        let clone = try ScratchRepository(workTree: nil)
        clone.clock = clock
        do {
            try clone.run(
                ["clone", "-q"] + options + [URL(fileURLWithPath: path).absoluteString, clone.path],
                directory: clone.supportPath
            )
        } catch {
            clone.remove()
            throw error
        }
        return clone
    }
}
