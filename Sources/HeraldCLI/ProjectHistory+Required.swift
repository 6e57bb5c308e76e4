import HeraldSupport
import ReleasePipeline

extension ProjectHistory {
    /// Fails clearly when no component has a release, naming the tags that were skipped.
    static func requireReleases(in histories: [ProjectHistory], for command: String) throws {
        guard histories.allSatisfy({ $0.releases.isEmpty }), let history = histories.first else { return }
        let skipped = Set(histories.flatMap(\.diagnostics).filter { $0.code == .skippedTag }).count
        throw HeraldCLIError.noReleaseTags(command: command, repository: history.repository.path, skippedTags: skipped)
    }
}
