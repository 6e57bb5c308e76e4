extension SemanticVersion {
    /// Parses `1.2.3`, `v1.2.3`, `v2.0.0-rc.1` or `1.0.0-alpha+build.5`; nil when the text is not SemVer.
    public init?(parsing text: String) {
        // Every valid part is ASCII, so reading bytes rejects exactly what reading characters would, much faster:
        // this runs once for every tag of a repository.
        var text = text
        guard let version = text.withUTF8(Self.parse) else { return nil }
        self = version
    }

    /// The version `bytes` spell, with an optional leading `v`; nil when they are not SemVer.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> SemanticVersion? {
        var end = bytes.endIndex
        let start = bytes.first == UInt8(ascii: "v") ? 1 : 0
        var build: [String] = []
        if let plus = bytes[start...].firstIndex(of: UInt8(ascii: "+")) {
            guard let parts = identifiers(bytes[(plus + 1)...], each: { part in
                part.isEmpty || !part.allSatisfy(\.isIdentifierByte) ? nil : String(decoding: UnsafeBufferPointer(rebasing: part), as: UTF8.self)
            }) else { return nil }
            build = parts
            end = plus
        }
        var prerelease: [PrereleaseIdentifier] = []
        if let dash = bytes[start..<end].firstIndex(of: UInt8(ascii: "-")) {
            guard let parts = identifiers(bytes[(dash + 1)..<end], each: PrereleaseIdentifier.init(bytes:)) else { return nil }
            prerelease = parts
            end = dash
        }
        guard let numbers = identifiers(bytes[start..<end], each: number), numbers.count == 3 else { return nil }
        return SemanticVersion(numbers[0], numbers[1], numbers[2], prerelease: prerelease, build: build)
    }

    /// `each` of the dot-separated parts of `bytes`, empty ones included; nil when `each` refuses one.
    private static func identifiers<Part>(
        _ bytes: Slice<UnsafeBufferPointer<UInt8>>, each: (Slice<UnsafeBufferPointer<UInt8>>) -> Part?
    ) -> [Part]? {
        var parts: [Part] = []
        for piece in bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard let part = each(piece) else { return nil }
            parts.append(part)
        }
        return parts
    }

    /// The version number `digits` spell: no sign, no leading zero, at most `maximumDigits` digits; nil otherwise.
    static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !digits.isEmpty, digits.count <= maximumDigits, digits.count == 1 || digits.first != UInt8(ascii: "0") else { return nil }
        var value = 0
        for digit in digits {
            guard (0x30...0x39).contains(digit) else { return nil }
            value = value * 10 + Int(digit - 0x30)
        }
        return value
    }
}
