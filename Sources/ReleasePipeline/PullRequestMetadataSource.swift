import GitHub

/// Where pull request labels and descriptions come from: GitHub with a cache, or the cache alone, as the command chose.
package protocol PullRequestMetadataSource: Sendable {
    /// The metadata of `numbers` that the source knows.
    func info(for numbers: [Int]) throws -> [Int: PullRequestInfo]
}
