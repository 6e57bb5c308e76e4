import Testing
@testable import HeraldSupport

/// A child is registered for interrupt cleanup exactly while it runs.
@Suite struct ChildRegistrationTests {
    /// A registration that records its calls as `+pid` and `-pid`.
    static func recording() -> (ChildRegistration, Locked<[String]>) {
        let calls = Locked<[String]>([])
        let registration = ChildRegistration(
            register: { pid in calls.set(calls.get() + ["+\(pid)"]) },
            unregister: { pid in calls.set(calls.get() + ["-\(pid)"]) }
        )
        return (registration, calls)
    }

    @Test func aRunningChildIsRegisteredUntilItExits() {
        let (registration, calls) = Self.recording()
        registration.started(42)
        #expect(calls.get() == ["+42"])
        registration.exited(42)
        registration.exited(42)
        #expect(calls.get() == ["+42", "-42"])
    }

    @Test func aChildThatExitedBeforeItsStartWasSeenIsNeverRegistered() {
        let (registration, calls) = Self.recording()
        registration.exited(7)
        registration.started(7)
        #expect(calls.get().isEmpty)
    }
}
