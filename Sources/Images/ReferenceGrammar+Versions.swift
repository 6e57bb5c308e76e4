extension ReferenceGrammar {
    /// Hex digits that well-known digest algorithms require, always lowercase.
    static let digestLengths = ["sha256": 64, "sha384": 96, "sha512": 128]
    /// The fewest hex digits any other algorithm's digest may have (128 bits).
    static let minimumDigestLength = 32

    /// Checks `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`.
    static func checkTag(_ tag: Substring) throws(ImagesError.ReferenceProblem) {
        guard let first = tag.first else {
            throw .emptyTag
        }
        if let bad = tag.first(where: { !isAlphanumeric($0) && !"_.-".contains($0) }) {
            throw .invalidTagCharacter(bad, tag: String(tag))
        }
        guard isAlphanumeric(first) || first == "_" else {
            throw .invalidTagStart(first, tag: String(tag))
        }
        guard tag.count <= maximumTagLength else {
            throw .tagTooLong(length: tag.count, limit: maximumTagLength)
        }
    }

    /// Checks `algorithm:hex`, where sha256 needs exactly 64 lowercase hex digits.
    static func checkDigest(_ digest: Substring) throws(ImagesError.ReferenceProblem) {
        guard !digest.isEmpty else {
            throw .emptyDigest
        }
        guard let colon = digest.firstIndex(of: ":") else {
            throw .digestWithoutAlgorithm(digest: String(digest))
        }
        let algorithm = digest[..<colon]
        let hex = digest[digest.index(after: colon)...]
        try checkAlgorithm(algorithm, of: digest)
        if let length = digestLengths[String(algorithm)] {
            if let bad = hex.first(where: { !isLowerHexDigit($0) }) {
                throw .notLowercaseHex(bad, algorithm: String(algorithm))
            }
            guard hex.count == length else {
                throw .wrongDigestLength(algorithm: String(algorithm), length: hex.count, required: length)
            }
        } else {
            if let bad = hex.first(where: { !($0.isASCII && $0.isHexDigit) }) {
                throw .notHex(bad, algorithm: String(algorithm))
            }
            guard hex.count >= minimumDigestLength else {
                throw .shortDigest(algorithm: String(algorithm), length: hex.count, minimum: minimumDigestLength)
            }
        }
    }

    /// Checks components `[A-Za-z][A-Za-z0-9]*` joined by one of `-_+.`.
    private static func checkAlgorithm(_ algorithm: Substring, of digest: Substring) throws(ImagesError.ReferenceProblem) {
        let components = algorithm.split(omittingEmptySubsequences: false) { "-_+.".contains($0) }
        for component in components {
            guard let first = component.first, first.isASCII, first.isLetter,
                  component.allSatisfy(isAlphanumeric) else {
                throw .invalidAlgorithm(String(algorithm))
            }
        }
    }

    private static func isLowerHexDigit(_ character: Character) -> Bool {
        character.isASCII && (character.isNumber || ("a"..."f").contains(character))
    }
}
