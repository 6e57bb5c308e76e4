import HeraldSupport

/// How Herald starts git: the executable found on the caller's `PATH`, and the caller's environment with
/// `GitEnvironment.overrides` applied.
///
/// The command layer builds it from the process environment once; nothing in this module reads the environment.
public struct GitLaunch: Sendable, Equatable {
    /// The git executable.
    public let executable: String
    /// Every variable git is started with.
    public let environment: [String: String]

    /// The launch for a process whose environment is `inherited`: git from its `PATH`, no prompts, no fetching.
    public init(inheriting inherited: [String: String]) {
        executable = ChildRun.locate("git", searching: inherited["PATH"])
        environment = inherited.merging(GitEnvironment.overrides) { $1 }
    }
}
