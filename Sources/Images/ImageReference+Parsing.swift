extension ImageReference {
    /// The longest name (registry and path) the distribution grammar allows.
    public static let maximumNameLength = 255

    /// Parses `[registry[:port]/]path[:tag][@digest]`, throwing an error that says which part is wrong and why.
    public init(parsing text: String) throws(ImagesError) {
        guard !text.isEmpty else {
            throw .emptyReference
        }
        do {
            self = try ImageReference.split(text)
        } catch let problem {
            throw .invalidReference(text, problem: problem)
        }
    }

    /// Parses an image name without tag or digest, as configuration names the images a component publishes.
    public init(parsingName text: String) throws(ImagesError) {
        let reference = try ImageReference(parsing: text)
        guard reference.tag == nil, reference.digest == nil else {
            throw .nameHasTagOrDigest(text)
        }
        self = reference
    }

    /// Splits the text into its parts and checks each one, throwing the grammar rule a part breaks; the caller names the text.
    private static func split(_ text: String) throws(ImagesError.ReferenceProblem) -> ImageReference {
        var rest = Substring(text)
        var digest: Substring?
        if let at = rest.firstIndex(of: "@") {
            digest = rest[rest.index(after: at)...]
            rest = rest[..<at]
        }
        // A tag's ':' comes after the last '/'; an earlier ':' belongs to the registry's port.
        var tag: Substring?
        let tagSearchStart = rest.lastIndex(of: "/").map { rest.index(after: $0) } ?? rest.startIndex
        if let colon = rest[tagSearchStart...].firstIndex(of: ":") {
            tag = rest[rest.index(after: colon)...]
            rest = rest[..<colon]
        }
        var registry: Substring?
        // Docker's rule: the first component is a registry only if it looks like a host.
        if let slash = rest.firstIndex(of: "/") {
            let first = rest[..<slash]
            if first.contains(".") || first.contains(":") || first == "localhost" {
                registry = first
                rest = rest[rest.index(after: slash)...]
            }
        }
        if let registry { try ReferenceGrammar.checkRegistry(registry) }
        try ReferenceGrammar.checkPath(rest)
        if let tag { try ReferenceGrammar.checkTag(tag) }
        if let digest { try ReferenceGrammar.checkDigest(digest) }
        let nameLength = (registry.map { $0.count + 1 } ?? 0) + rest.count
        guard nameLength <= maximumNameLength else {
            throw .nameTooLong(length: nameLength, limit: maximumNameLength)
        }
        return ImageReference(registry: registry.map(String.init), path: String(rest),
                              tag: tag.map(String.init), digest: digest.map(String.init))
    }

    /// The text with control characters escaped, so that messages stay on one line.
    static func printable<Text: StringProtocol>(_ text: Text) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                result += scalar.properties.generalCategory == .control
                    ? scalar.escaped(asASCII: true) : String(scalar)
            }
        }
        return result
    }
}
