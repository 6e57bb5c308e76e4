import Foundation
import Testing
@testable import HeraldSupport

/// Two readers at once: both really overlap, both are waited for, and errors come out in the order of running them in turn.
struct SideBySideTests {
    /// An error that says which side threw it.
    struct SideError: Error, Equatable {
        /// The side: "first" or "second".
        var side: String
    }

    @Test func bothRunAtTheSameTime() throws {
        let started = DispatchSemaphore(value: 0)
        // `first` waits for `second` to start: run one after the other, it would time out instead.
        let (first, second) = try SideBySide.run({
            started.wait(timeout: .now() + 30) == .success
        }, beside: {
            started.signal()
            return 2
        })
        #expect(first)
        #expect(second == 2)
    }

    @Test func theFirstSidesErrorWinsAndTheSecondSideStillEnds() throws {
        let ended = Locked(false)
        #expect(throws: SideError(side: "first")) {
            try SideBySide.run({ () throws -> Int in throw SideError(side: "first") }, beside: { () throws -> Int in
                Thread.sleep(forTimeInterval: 0.05)
                ended.set(true)
                throw SideError(side: "second")
            })
        }
        #expect(ended.get(), "waited for before the error came out")
    }

    @Test func theSecondSidesErrorComesOutWhenTheFirstSucceeds() throws {
        let firstRan = Locked(false)
        #expect(throws: SideError(side: "second")) {
            try SideBySide.run({ firstRan.set(true) }, beside: { () throws -> Int in throw SideError(side: "second") })
        }
        #expect(firstRan.get())
    }
}
