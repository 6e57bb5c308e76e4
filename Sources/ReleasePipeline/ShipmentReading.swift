import GitHistory

/// How the other releases that one range's `shippedIn` counts are read, given that range's own graph: those whose
/// whole range lies inside it need no git at all, and the rest are read by at most two `git log`s, each exact.
///
/// One `git log TIPS ^BASES` is not the union of the ranges `BASE..TIP`: a base that is another release's tip hides
/// that release's range. So a base is left out of the exclusions when it is the tip of a release read by the same log,
/// which is exact for a chain of patches; releases that may reach behind the range are read apart from the others.
struct ShipmentReading {
    /// One `git log` of `include` but not `exclude`, reading the ranges of `plans`.
    struct Read {
        /// The releases whose ranges this log reads.
        var plans: [RangePlan]
        /// Their tips.
        var include: [String]
        /// The commits whose history the log leaves out.
        var exclude: [String]
    }

    /// Releases whose range lies wholly inside the range's graph.
    private(set) var inside: [RangePlan] = []
    /// The logs that read the rest.
    private(set) var reads: [Read] = []

    /// Sorts `plans` for the range whose graph is `main` and that starts at `from` (nil: at the first commit).
    init(plans: [RangePlan], main: CommitGraph, from: String?) {
        // The commits `main` lacks below its tip are `from`'s history. A release misses none of them in its own range
        // when its base is `from`, descends from it, or is the tip of a release that does.
        let later = from.map(main.descendants(of:)) ?? []
        let byTip = Dictionary(plans.map { ($0.toCommit, $0) }, uniquingKeysWith: { first, _ in first })
        var covers: [String: Bool] = [:]
        func covered(_ plan: RangePlan, depth: Int) -> Bool {
            guard let from else { return true }
            if let known = covers[plan.toCommit] { return known }
            guard let base = plan.fromCommit else { return false }
            // A chain of releases is at most as long as the list; a longer one is a loop of equal tags.
            let answer = base == from || later.contains(base)
                || (depth < plans.count && byTip[base].map { covered($0, depth: depth + 1) } ?? false)
            covers[plan.toCommit] = answer
            return answer
        }
        var beside: [RangePlan] = []
        var behind: [RangePlan] = []
        for plan in plans {
            let isCovered = covered(plan, depth: 0)
            let baseInside = plan.fromCommit.map { $0 == from || main.commit(named: $0) != nil } ?? (from == nil)
            if isCovered && baseInside && main.commit(named: plan.toCommit) != nil {
                inside.append(plan)
            } else if isCovered {
                beside.append(plan)
            } else {
                behind.append(plan)
            }
        }
        // Apart: a base in one group may be a tip in the other, and only in its own group is it known to hide nothing.
        if !beside.isEmpty { reads.append(Self.read(of: beside)) }
        if !behind.isEmpty { reads.append(Self.read(of: behind)) }
    }

    /// The log of `plans`: their tips, without the bases that are tips of other plans in it.
    private static func read(of plans: [RangePlan]) -> Read {
        let tips = Set(plans.map(\.toCommit))
        var seen = Set<String>()
        let bases = plans.compactMap(\.fromCommit).filter { !tips.contains($0) && seen.insert($0).inserted }
        seen = []
        return Read(plans: plans, include: plans.map(\.toCommit).filter { seen.insert($0).inserted }, exclude: bases)
    }
}
