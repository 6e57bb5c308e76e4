import Foundation

/// A value several threads read and change, each access under one lock.
package final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var value: Value

    /// Holds `value`.
    package init(_ value: Value) { self.value = value }

    /// The value now.
    package func get() -> Value { lock.withLock { value } }

    /// What `body` reads from the value, with no change in between; nothing is copied.
    package func read<Result>(_ body: (Value) -> Result) -> Result { lock.withLock { body(value) } }

    /// Replaces the value.
    package func set(_ newValue: Value) { lock.withLock { value = newValue } }

    /// Changes the value in place, with no other access in between.
    package func update(_ change: (inout Value) -> Void) { lock.withLock { change(&value) } }
}
