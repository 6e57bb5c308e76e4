/// A version that Go's `semver` package accepts, such as `v1.2.3-rc.1+incompatible`, split for comparing.
///
/// Like Go it admits the shorthands `v1` and `v1.2` (as `v1.0.0` and `v1.2.0`) without pre-release or build,
/// rejects leading zeros in numbers, and ignores build metadata when comparing.
struct GoSemanticVersion: Comparable {
    /// The major, minor and patch numbers as digits without leading zeros.
    let numbers: [Substring]
    /// The pre-release identifiers after `-`, such as `["rc", "1"]`; empty for a release.
    let prerelease: [Substring]
    /// The build identifiers after `+`, such as `["incompatible"]`.
    let build: [Substring]

    /// Parses `text`, or returns nil when Go's `semver.IsValid` would reject it.
    init?(_ text: String) {
        guard text.utf8.first == UInt8(ascii: "v") else { return nil }
        var rest = text.dropFirst()[...]
        let buildStart = rest.firstIndex(of: "+")
        let build = buildStart.map { rest[rest.index(after: $0)...] }
        if let buildStart { rest = rest[..<buildStart] }
        let prereleaseStart = rest.firstIndex(of: "-")
        let prerelease = prereleaseStart.map { rest[rest.index(after: $0)...] }
        if let prereleaseStart { rest = rest[..<prereleaseStart] }
        let numbers = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(numbers.count), numbers.allSatisfy(Self.isNumber) else { return nil }
        guard numbers.count == 3 || (prerelease == nil && build == nil) else { return nil }
        let prereleaseParts = prerelease.map { $0.split(separator: ".", omittingEmptySubsequences: false) } ?? []
        let buildParts = build.map { $0.split(separator: ".", omittingEmptySubsequences: false) } ?? []
        guard prereleaseParts.allSatisfy({ Self.isIdentifier($0) && (!Self.isDigits($0) || Self.isNumber($0)) }),
              buildParts.allSatisfy(Self.isIdentifier)
        else { return nil }
        self.numbers = numbers + Array(repeating: "0", count: 3 - numbers.count)
        self.prerelease = prereleaseParts
        self.build = buildParts
    }

    /// Orders by major, minor, patch, then pre-release as SemVer 2 says; build metadata does not count.
    static func < (left: GoSemanticVersion, right: GoSemanticVersion) -> Bool {
        for (a, b) in zip(left.numbers, right.numbers) where a != b {
            return numberPrecedes(a, b)
        }
        if left.prerelease.isEmpty || right.prerelease.isEmpty {
            return !left.prerelease.isEmpty && right.prerelease.isEmpty
        }
        for (a, b) in zip(left.prerelease, right.prerelease) where a != b {
            switch (isDigits(a), isDigits(b)) {
            case (true, true): return numberPrecedes(a, b)
            case (true, false): return true
            case (false, true): return false
            case (false, false): return a.utf8.lexicographicallyPrecedes(b.utf8)
            }
        }
        return left.prerelease.count < right.prerelease.count
    }

    /// Equal when they order the same, so `v1.0.0+a` equals `v1.0.0+b` as `<` requires.
    static func == (left: GoSemanticVersion, right: GoSemanticVersion) -> Bool {
        left.numbers == right.numbers && left.prerelease == right.prerelease
    }

    /// Compares digit strings without leading zeros: the shorter is smaller, else the first to differ decides.
    private static func numberPrecedes(_ left: Substring, _ right: Substring) -> Bool {
        left.utf8.count != right.utf8.count ? left.utf8.count < right.utf8.count : left < right
    }

    /// One or more ASCII digits.
    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// Digits with no leading zero, or `0` itself.
    private static func isNumber(_ text: Substring) -> Bool {
        isDigits(text) && (text.utf8.count == 1 || text.utf8.first != UInt8(ascii: "0"))
    }

    /// A non-empty run of ASCII letters, digits and `-`.
    private static func isIdentifier(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"): true
            default: false
            }
        }
    }
}
