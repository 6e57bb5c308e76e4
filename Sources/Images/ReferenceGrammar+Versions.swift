extension ReferenceGrammar {
    /// Hex digits that well-known digest algorithms require, always lowercase.
    static let digestLengths = ["sha256": 64, "sha384": 96, "sha512": 128]
    /// The fewest hex digits any other algorithm's digest may have (128 bits).
    static let minimumDigestLength = 32

    /// Checks `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`.
    static func checkTag(_ tag: Substring) throws(ImagesError) {
        guard let first = tag.first else {
            throw problem("tag is empty after ':'; remove the ':' or write a tag")
        }
        let text = shown(tag)
        if let bad = tag.first(where: { !isAlphanumeric($0) && !"_.-".contains($0) }) {
            throw problem("tag '\(text)' has '\(shown(String(bad)))', which tags cannot contain")
        }
        guard isAlphanumeric(first) || first == "_" else {
            throw problem("tag '\(text)' starts with '\(first)'; tags start with a letter, digit or '_'")
        }
        guard tag.count <= maximumTagLength else {
            throw problem("tag is \(tag.count) characters long; tags are at most \(maximumTagLength)")
        }
    }

    /// Checks `algorithm:hex`, where sha256 needs exactly 64 lowercase hex digits.
    static func checkDigest(_ digest: Substring) throws(ImagesError) {
        guard !digest.isEmpty else {
            throw problem("digest is empty after '@'; write 'sha256:' and 64 hex digits")
        }
        let text = shown(digest)
        guard let colon = digest.firstIndex(of: ":") else {
            throw problem("digest '\(text)' has no algorithm; write it as 'sha256:' and 64 hex digits")
        }
        let algorithm = digest[..<colon]
        let hex = digest[digest.index(after: colon)...]
        try checkAlgorithm(algorithm, of: digest)
        if let length = digestLengths[String(algorithm)] {
            if let bad = hex.first(where: { !isLowerHexDigit($0) }) {
                throw problem("\(algorithm) digest has '\(shown(String(bad)))', which is not a lowercase hex digit")
            }
            guard hex.count == length else {
                throw problem("\(algorithm) digest has \(hex.count) hex digits; it needs exactly \(length)")
            }
        } else {
            if let bad = hex.first(where: { !($0.isASCII && $0.isHexDigit) }) {
                throw problem("\(algorithm) digest has '\(shown(String(bad)))', which is not a hex digit")
            }
            guard hex.count >= minimumDigestLength else {
                throw problem("\(algorithm) digest has \(hex.count) hex digits; it needs at least \(minimumDigestLength)")
            }
        }
    }

    /// Checks components `[A-Za-z][A-Za-z0-9]*` joined by one of `-_+.`.
    private static func checkAlgorithm(_ algorithm: Substring, of digest: Substring) throws(ImagesError) {
        let components = algorithm.split(omittingEmptySubsequences: false) { "-_+.".contains($0) }
        for component in components {
            guard let first = component.first, first.isASCII, first.isLetter,
                  component.allSatisfy(isAlphanumeric) else {
                throw problem("digest algorithm '\(shown(algorithm))' is invalid; write 'sha256'")
            }
        }
    }

    private static func isLowerHexDigit(_ character: Character) -> Bool {
        character.isASCII && (character.isNumber || ("a"..."f").contains(character))
    }
}
