import HeraldSupport
import Testing
@testable import GitHistory

/// The max-heap that orders the range walk: positions come out by non-increasing generation.
@Suite struct GenerationHeapTests {
    /// Pops everything left in `heap`.
    static func drain(_ heap: inout GenerationHeap) -> [Int] {
        var popped: [Int] = []
        while let next = heap.pop() { popped.append(next) }
        return popped
    }

    @Test func anEmptyHeapPopsNothing() {
        var heap = GenerationHeap(generations: [])
        #expect(heap.pop() == nil)
        heap = GenerationHeap(generations: [5])
        heap.push(0)
        #expect(heap.pop() == 0)
        #expect(heap.pop() == nil)
    }

    @Test(arguments: [1, 7, 99, 12_345] as [UInt64])
    func popsInNonIncreasingGenerationOrder(seed: UInt64) {
        var random = DeterministicRandom(seed: seed)
        let generations = (0..<300).map { _ in Int(random.next() % 50) }
        var heap = GenerationHeap(generations: generations)
        for position in generations.indices.shuffled(using: &random) { heap.push(position) }
        let popped = Self.drain(&heap)
        #expect(popped.sorted() == Array(generations.indices))
        let order = popped.map { generations[$0] }
        #expect(order == order.sorted(by: >))
    }

    @Test(arguments: [3, 2024] as [UInt64])
    func interleavedPushesAndPops(seed: UInt64) {
        var random = DeterministicRandom(seed: seed)
        let generations = (0..<200).map { _ in Int(random.next() % 1000) }
        var heap = GenerationHeap(generations: generations)
        var inside = Set<Int>()
        var pending = Array(generations.indices.shuffled(using: &random))
        while !pending.isEmpty || !inside.isEmpty {
            if !pending.isEmpty, inside.isEmpty || random.next() % 3 != 0 {
                let position = pending.removeLast()
                heap.push(position)
                inside.insert(position)
            } else {
                let top = heap.pop()
                let highest = inside.map { generations[$0] }.max()
                #expect(top.map { generations[$0] } == highest)
                if let top { inside.remove(top) }
            }
        }
        #expect(heap.pop() == nil)
    }

    @Test func equalGenerationsAllComeOut() {
        var heap = GenerationHeap(generations: [4, 4, 4, 9, 4])
        for position in 0..<5 { heap.push(position) }
        let popped = Self.drain(&heap)
        #expect(popped.first == 3)
        #expect(Set(popped) == [0, 1, 2, 3, 4])
        #expect(popped.count == 5)
    }
}
