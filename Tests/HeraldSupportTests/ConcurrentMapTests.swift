import HeraldSupport
import Testing

/// Work spread over every core gives what a plain `map` gives, in order.
@Suite struct ConcurrentMapTests {
    struct Stop: Error, Equatable {
        let at: Int
    }

    @Test func resultsComeInTheOrderOfTheElements() {
        let values = Array(0..<1_000)
        #expect(values.concurrentMap { $0 * 3 } == values.map { $0 * 3 })
        #expect([Int]().concurrentMap { $0 }.isEmpty)
    }

    @Test func batchesHandEachResultOnInOrderBeforeMappingTheNext() {
        let values = Array(0..<203)
        let mapped = Locked<Set<Int>>([])
        var handed: [Int] = []
        var mappedWhenHanded: [Int] = []
        values.concurrentMap(batchesOf: 64, { value -> Int in
            mapped.update { $0.insert(value) }
            return value * 2
        }, each: { result in
            handed.append(result)
            mappedWhenHanded.append(mapped.get().count)
        })
        #expect(handed == values.map { $0 * 2 })
        // The first result comes once its batch of 64 is mapped, the last with every element mapped; never all at once.
        #expect(mappedWhenHanded.first == 64)
        #expect(mappedWhenHanded[64] == 128)
        #expect(mappedWhenHanded.last == 203)
    }

    @Test func theFirstErrorInOrderEndsTheWork() {
        let values = Array(0..<300)
        let mapped = Locked(0)
        var handed: [Int] = []
        let error = #expect(throws: Stop.self) {
            try values.concurrentMap(batchesOf: 50, { value -> Int in
                mapped.update { $0 += 1 }
                return value
            }, each: { value in
                if value == 120 || value == 130 { throw Stop(at: value) }
                handed.append(value)
            })
        }
        #expect(error == Stop(at: 120))
        #expect(handed == Array(0..<120))
        #expect(mapped.get() == 150, "batches after the failing one are not mapped")
    }
}
