extension Release {
    /// `releases` ascending by version, as sorting by `version < version` orders them; releases of one version keep
    /// their order.
    ///
    /// Almost every pair differs in its version numbers, so those are compared first, as plain numbers: sorting
    /// twenty thousand whole releases, each compare touching their strings and arrays, showed in every command.
    public static func ascending(_ releases: [Release]) -> [Release] {
        // Most callers pass a history's releases, already in order: one pass says so.
        if zip(releases, releases.dropFirst()).allSatisfy({ $0.version < $1.version }) { return releases }
        let numbers = releases.map { ($0.version.major, $0.version.minor, $0.version.patch) }
        let order = releases.indices.sorted { left, right in
            if numbers[left] != numbers[right] { return numbers[left] < numbers[right] }
            return releases[left].version < releases[right].version
        }
        return order.map { releases[$0] }
    }
}
