import Foundation

/// Keeps a child registered with `InterruptCleanup` exactly while it runs, so an interrupted Herald ends it.
///
/// A short-lived child can exit before `run()` returns; whichever of start and exit is seen first,
/// a child that has exited is never left registered.
package final class ChildRegistration: @unchecked Sendable {
    private let register: @Sendable (Int32) -> Void
    private let unregister: @Sendable (Int32) -> Void
    private let lock = NSLock()
    // Guarded by `lock`.
    private var isRegistered = false
    private var hasExited = false

    /// Registers with `InterruptCleanup`, or with the given functions in tests.
    package init(
        register: @escaping @Sendable (Int32) -> Void = { InterruptCleanup.register(child: $0) },
        unregister: @escaping @Sendable (Int32) -> Void = { InterruptCleanup.unregister(child: $0) }
    ) {
        self.register = register
        self.unregister = unregister
    }

    /// Registers `pid` unless it has already exited; call right after the child started.
    package func started(_ pid: Int32) {
        lock.withLock {
            guard !hasExited else { return }
            register(pid)
            isRegistered = true
        }
    }

    /// Unregisters `pid`; call from the termination handler.
    package func exited(_ pid: Int32) {
        lock.withLock {
            hasExited = true
            if isRegistered { unregister(pid) }
            isRegistered = false
        }
    }
}
