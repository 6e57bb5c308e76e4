/// Finds the names closest to a mistyped one, for "did you mean" hints.
public struct NearNames: Sendable {
    /// The names that exist.
    public var candidates: [String]

    /// Creates a finder over `candidates`.
    public init(candidates: [String]) {
        self.candidates = candidates
    }

    /// Up to `limit` candidates within a small edit distance of `name`, closest first.
    public func nearest(to name: String, limit: Int = 3) -> [String] {
        let allowed = max(2, name.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let distance = Self.distance(Array(name.utf8), Array(candidate.utf8))
            return distance <= allowed ? (candidate, distance) : nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// The Levenshtein distance between two byte strings.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
