extension BasePicker {
    /// The index of the first of `list` (ascending) whose version is not below `version`: a binary search, so
    /// choosing every release's base stays O(R log R) at tens of thousands of tags.
    static func lowerBound(_ list: [Release], _ version: SemanticVersion) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].version < version { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The last stable release below `version`.
    func stableBelow(_ version: SemanticVersion) -> Release? {
        let index = Self.lowerBound(stable, version)
        return index > 0 ? stable[index - 1] : nil
    }

    /// The stable releases of the minor line `major.minor`, ascending.
    func stableOfLine(major: Int, minor: Int) -> ArraySlice<Release> {
        let start = Self.lowerBound(stable, SemanticVersion(major, minor, 0))
        let end = Self.lowerBound(stable, SemanticVersion(major, minor + 1, 0))
        // Only stable releases are searched, and every stable version from major.minor.0 up to major.minor+1.0 is
        // on the line.
        return stable[start..<max(start, end)]
    }
}
