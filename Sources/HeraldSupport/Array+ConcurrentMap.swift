import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over every core; the order of results is the order of elements.
    ///
    /// For independent work per commit or per release, where one core would leave the other idle.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let slots = ResultSlots<Result>(count: count)
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.store(transform(self[index]), at: index)
            }
        }
        return slots.values
    }

    /// `concurrentMap(_:)` `size` elements at a time, each result handed to `body` in order before the next elements
    /// are mapped: the results of a long array are never all held at once.
    public func concurrentMap<Result: Sendable>(
        batchesOf size: Int, _ transform: @Sendable (Element) -> Result, each body: (Result) throws -> Void
    ) rethrows {
        var start = 0
        while start < count {
            let end = Swift.min(start + Swift.max(size, 1), count)
            for result in Array(self[start..<end]).concurrentMap(transform) { try body(result) }
            start = end
        }
    }
}

/// Preallocated result slots that threads fill at distinct indices.
private final class ResultSlots<Value>: @unchecked Sendable {
    // Each index is written by exactly one iteration and read after all have finished.
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        buffer[index] = value
    }

    var values: [Value] { buffer.compactMap { $0 } }
}

/// A value handed to concurrent work that only reads it, where the compiler cannot tell.
package struct UncheckedSendable<Value>: @unchecked Sendable {
    /// The value.
    package let value: Value

    /// Wraps `value`.
    package init(_ value: Value) {
        self.value = value
    }
}
