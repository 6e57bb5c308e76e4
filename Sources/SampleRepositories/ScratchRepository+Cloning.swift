import Foundation

extension ScratchRepository {
    /// `git clone --depth <depth> file://<path>` into a new temporary folder; the clone shares this clock.
    public func shallowClone(depth: Int = 1) throws -> ScratchRepository {
        let clone = try ScratchRepository(workTree: nil)
        clone.clock = clock
        do {
            try clone.run(
                ["clone", "-q", "--depth", String(depth), URL(fileURLWithPath: path).absoluteString, clone.path],
                directory: clone.supportPath
            )
        } catch {
            clone.remove()
            throw error
        }
        return clone
    }
}
