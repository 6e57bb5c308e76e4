import Foundation
import Testing
@testable import HeraldSupport

/// A value handed to `BackgroundRelease` is freed on another thread, not the caller's.
@Suite struct BackgroundReleaseTests {
    /// Records the thread its deinit ran on, and signals when it has.
    final class Tracked: @unchecked Sendable {
        let freed: DispatchSemaphore
        let thread: Locked<pthread_t?>

        init(freed: DispatchSemaphore, thread: Locked<pthread_t?>) {
            self.freed = freed
            self.thread = thread
        }

        deinit {
            thread.set(pthread_self())
            freed.signal()
        }
    }

    @Test func aValueIsFreedOnAnotherThread() throws {
        let freed = DispatchSemaphore(value: 0)
        let thread = Locked<pthread_t?>(nil)
        let caller = pthread_self()
        let values = (0..<3).map { _ in Tracked(freed: freed, thread: thread) }
        BackgroundRelease.release(consume values)
        for _ in 0..<3 { #expect(freed.wait(timeout: .now() + 10) == .success) }
        let freeing = try #require(thread.get())
        #expect(pthread_equal(freeing, caller) == 0, "freed on the caller's thread")
    }
}
