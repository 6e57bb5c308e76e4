/// How much of a go.mod the reader considers before it stops and marks the reading truncated.
public struct GoModLimits: Sendable, Hashable {
    /// The bytes read; past this the reading ends at the last whole line within it.
    public var maximumBytes: Int
    /// The `require` entries read (duplicates included); the next one ends the reading.
    public var maximumRequirements: Int

    /// Creates limits; negative values count as zero.
    public init(maximumBytes: Int, maximumRequirements: Int) {
        self.maximumBytes = max(0, maximumBytes)
        self.maximumRequirements = max(0, maximumRequirements)
    }

    /// 4 MiB and 20,000 requirements, far above any real go.mod (Kubernetes' has a few hundred lines).
    public static let standard = GoModLimits(maximumBytes: 4 << 20, maximumRequirements: 20_000)
}
