import Foundation

/// Two pieces of work run at the same time, the second on a thread of its own, with errors reported as if they had
/// run one after the other: for readers (git processes) neither of which needs the other's answer.
///
/// The second piece gets a `DedicatedThread`, never a thread of Dispatch's shared pool: it blocks on a child's pipe,
/// and on a machine with few cores pool threads blocked on pipes leave none for the work that would unblock them.
package enum SideBySide {
    /// Runs `first` on this thread while `second` runs on a dedicated one, and returns both results once both ended.
    ///
    /// Should either throw, both are still waited for, and the error is the one running them in turn would have met
    /// first: `first`'s, else `second`'s. `second` must touch nothing `first` changes: give it copies.
    package static func run<First, Second>(
        _ first: () throws -> First, beside second: @escaping @Sendable () throws -> Second
    ) throws -> (First, Second) {
        let slot = ResultSlot<Result<Second, any Error>>()
        DedicatedThread.start { slot.fill(Result { try second() }) }
        let firstResult = Result { try first() }
        let secondResult = slot.wait()
        return (try firstResult.get(), try secondResult.get())
    }
}
