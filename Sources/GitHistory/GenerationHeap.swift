/// A max-heap of commit positions ordered by generation number, newest first.
struct GenerationHeap {
    /// Generation numbers indexed by position.
    let generations: [Int]
    private var items: [Int] = []

    /// Creates an empty heap ranking by `generations`.
    init(generations: [Int]) {
        self.generations = generations
    }

    /// Adds a position.
    mutating func push(_ position: Int) {
        items.append(position)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard generations[items[child]] > generations[items[parent]] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the position with the highest generation.
    mutating func pop() -> Int? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        guard !items.isEmpty else { return top }
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < items.count, generations[items[left]] > generations[items[largest]] { largest = left }
            if right < items.count, generations[items[right]] > generations[items[largest]] { largest = right }
            guard largest != parent else { return top }
            items.swapAt(parent, largest)
            parent = largest
        }
    }
}
