import Foundation

/// True the first time it is asked, from any thread.
public final class FirstTimeFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = false

    /// A flag not yet taken.
    public init() {}

    /// Takes the flag: true only for the first call, so a scripted server can fail just the first request.
    public func take() -> Bool {
        lock.withLock {
            defer { taken = true }
            return !taken
        }
    }
}
