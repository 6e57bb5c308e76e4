import Foundation
import GitHub
import ReleasePipeline

/// A pull request source that remembers which pull requests it had metadata for, so `herald lint` can tell a
/// description it read from one it never saw.
final class RecordingPullRequestSource: PullRequestMetadataSource, @unchecked Sendable {
    /// The source asked.
    let source: PullRequestSource
    private let lock = NSLock()
    // Guarded by `lock`.
    private var known = Set<Int>()

    /// Wraps `source`.
    init(_ source: PullRequestSource) {
        self.source = source
    }

    /// Whether the source reads the cache alone.
    var offline: Bool { source.offline }

    /// The numbers some answer so far held metadata for.
    var described: Set<Int> { lock.withLock { known } }

    /// The metadata `source` knows of `numbers`, recorded.
    func info(for numbers: [Int]) throws -> [Int: PullRequestInfo] {
        let info = try source.info(for: numbers)
        lock.withLock { known.formUnion(info.keys) }
        return info
    }
}
