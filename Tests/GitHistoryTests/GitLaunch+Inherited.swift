import Foundation
import GitHistory

extension GitLaunch {
    /// The test process's own environment, as the command layer passes Herald's.
    static let inherited = GitLaunch(inheriting: ProcessInfo.processInfo.environment)
}
