import Foundation

/// Takes a site's files as the build makes them, so a large site is never held in memory whole: the writer's
/// staging folder is one.
///
/// A path can come twice (a docs file and a generated page); the later bytes replace the earlier, as in memory.
/// Writing never fails the build where it happens: a sink keeps its first failure and reports it when the site is put
/// in place, so a build's own errors stay stamped with the step they happened in.
public protocol SiteFileSink: AnyObject, Sendable {
    /// Stores `bytes` as the site file at `path`, replacing what an earlier call stored there.
    func write(_ bytes: some ContiguousBytes, at path: String)
}
