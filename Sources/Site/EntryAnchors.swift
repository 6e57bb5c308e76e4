import Changes

/// Hands out entry anchors unique on one page: `pr-12`, then `pr-12-2` for the same change listed again.
struct EntryAnchors {
    private var taken: Set<String>

    /// Creates anchors that never take an id in `reserved`.
    init(reserved: Set<String>) {
        taken = reserved
    }

    /// The anchor of `change`, made unique.
    mutating func next(for change: Change) -> String {
        next(base: SiteEntry.anchor(of: change))
    }

    /// `base`, made unique.
    mutating func next(base: String) -> String {
        var candidate = base
        var suffix = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
