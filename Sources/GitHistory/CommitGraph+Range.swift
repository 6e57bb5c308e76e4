extension CommitGraph {
    /// The commits reachable from `tip` and not from any of `bases`, split into the first-parent line and what each merge brought in.
    ///
    /// This is `git log BASE..TIP` computed in memory: a walk in generation order that stops as
    /// soon as only excluded commits are left, so its cost follows the size of the range.
    public func range(tip: String, bases: [String]) -> CommitRange {
        guard let tipPosition = position(of: tip) else { return CommitRange(mainline: [], merged: [:]) }
        let inRange = members(tip: tipPosition, bases: bases.compactMap { position(of: $0) })
        var mainline: [Int] = []
        var cursor: Int? = tipPosition
        while let node = cursor, inRange.contains(node) {
            mainline.append(node)
            cursor = parentPositions[node].first
        }
        var claimed = Set(mainline)
        var merged: [String: [Commit]] = [:]
        // A first parent outside the graph (-1) still makes a merge.
        for node in mainline.reversed() where parentPositions[node].count > 1 {
            var brought: [Int] = []
            var stack = parentPositions[node].dropFirst().filter { $0 >= 0 }
            while let next = stack.popLast() {
                guard inRange.contains(next), claimed.insert(next).inserted else { continue }
                brought.append(next)
                stack.append(contentsOf: parentPositions[next].filter { $0 >= 0 })
            }
            brought.sort { generations[$0] > generations[$1] }
            merged[commits[node].sha] = brought.map { commits[$0] }
        }
        return CommitRange(mainline: mainline.map { commits[$0] }, merged: merged)
    }

    /// Positions reachable from `tip` but not from `bases`.
    func members(tip: Int, bases: [Int]) -> Set<Int> {
        var excluded = Set(bases)
        var queued = excluded
        var queuedAsIncluded = Set<Int>()
        var heap = GenerationHeap(generations: generations)
        bases.forEach { heap.push($0) }
        if queued.insert(tip).inserted {
            heap.push(tip)
            queuedAsIncluded.insert(tip)
        }
        var members = Set<Int>()
        // Stop once every queued commit is excluded: all their ancestors are excluded too.
        while !queuedAsIncluded.isEmpty, let node = heap.pop() {
            queuedAsIncluded.remove(node)
            let isExcluded = excluded.contains(node)
            if !isExcluded { members.insert(node) }
            for parent in parentPositions[node] where parent >= 0 {
                if isExcluded {
                    guard excluded.insert(parent).inserted else { continue }
                    if queued.insert(parent).inserted { heap.push(parent) }
                } else if queued.insert(parent).inserted {
                    heap.push(parent)
                    queuedAsIncluded.insert(parent)
                }
            }
        }
        return members
    }
}
