import ReleasePipeline
import Foundation
import GitHub

/// Where pull request metadata comes from: GitHub with a disk cache, or the cache alone when offline.
struct PullRequestSource: PullRequestMetadataSource {
    /// The GraphQL reader.
    let reader: GitHubPullRequests
    /// Whether to use the cache alone.
    let offline: Bool

    /// A source for `repository` (`owner/name`) cloned at `path`; the cache lives in its git folder, never in the work tree.
    init(path: String, repository: String, api: GitHubAPI, offline: Bool) throws {
        if !offline && api.token == nil {
            throw HeraldCLIError.noTokenForPullRequests
        }
        var isFolder: ObjCBool = false
        let gitFolder = (path as NSString).appendingPathComponent(".git")
        let cache = FileManager.default.fileExists(atPath: gitFolder, isDirectory: &isFolder) && isFolder.boolValue
            ? (gitFolder as NSString).appendingPathComponent("herald/pull-requests.json") : nil
        reader = GitHubPullRequests(api: api, repository: repository, cacheFile: cache)
        self.offline = offline
    }

    /// The metadata of `numbers`.
    func info(for numbers: [Int]) throws -> [Int: PullRequestInfo] {
        try reader.info(for: numbers, offline: offline)
    }
}
