extension SemanticVersion {
    /// Parses `1.2.3`, `v1.2.3`, `v2.0.0-rc.1` or `1.0.0-alpha+build.5`; nil when the text is not SemVer.
    public init?(parsing text: String) {
        var rest = Substring(text)
        if rest.hasPrefix("v") { rest = rest.dropFirst() }
        var build: [String] = []
        if let plus = rest.firstIndex(of: "+") {
            let parts = rest[rest.index(after: plus)...].split(separator: ".", omittingEmptySubsequences: false)
            guard parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(\.isIdentifierByte) }) else { return nil }
            build = parts.map(String.init)
            rest = rest[..<plus]
        }
        var prerelease: [PrereleaseIdentifier] = []
        if let dash = rest.firstIndex(of: "-") {
            let parts = rest[rest.index(after: dash)...].split(separator: ".", omittingEmptySubsequences: false)
            let identifiers = parts.compactMap(PrereleaseIdentifier.init)
            guard identifiers.count == parts.count else { return nil }
            prerelease = identifiers
            rest = rest[..<dash]
        }
        let numbers = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 3 else { return nil }
        var values: [Int] = []
        for number in numbers {
            guard !number.isEmpty, number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  number == "0" || !number.hasPrefix("0"), number.count <= SemanticVersion.maximumDigits,
                  let value = Int(number) else { return nil }
            values.append(value)
        }
        self.init(values[0], values[1], values[2], prerelease: prerelease, build: build)
    }
}
