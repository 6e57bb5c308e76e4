/// A go.mod read leniently from its bytes: the module path, requirements and replacements, and what was skipped.
///
/// Reading never fails and never reads past `GoModLimits`: a line it cannot read is skipped and counted, and a
/// limit ends the reading with `truncated` set. Replacements are kept as data, not applied.
public struct GoModFile: Sendable, Hashable {
    /// The `module` path, such as `k8s.io/kubernetes`; nil when the file has no readable one.
    public let modulePath: String?
    /// One requirement per module, in the order each module first appears.
    ///
    /// A module required twice (which `go mod tidy` never leaves) keeps the higher version, as Go's minimal version
    /// selection would pick it, or the later line when the two are equal; it is indirect only if every line says so,
    /// as Go counts a module direct when any line is.
    public let requirements: [Requirement]
    /// The `replace` directives in file order.
    public let replacements: [GoReplacement]
    /// Lines of `module`, `require` or `replace` that could not be read, plus lines that could not be lexed.
    public let skippedLines: Int
    /// Whether a limit stopped the reading, so the lists may be incomplete.
    public let truncated: Bool

    /// Reads go.mod bytes within `limits`.
    public init(bytes: [UInt8], limits: GoModLimits) {
        var parser = GoModParser(limits: limits)
        parser.read(bytes)
        modulePath = parser.modulePath
        requirements = Self.merged(parser.requirements)
        replacements = parser.replacements
        skippedLines = parser.skippedLines
        truncated = parser.truncated
    }

    /// Reads go.mod bytes within the standard limits.
    public init(bytes: [UInt8]) {
        self.init(bytes: bytes, limits: .standard)
    }

    /// Reads go.mod text within the standard limits.
    public init(text: String) {
        self.init(bytes: Array(text.utf8), limits: .standard)
    }

    /// Merges duplicate modules as `requirements` describes, keeping each module's first position.
    private static func merged(_ lines: [Requirement]) -> [Requirement] {
        var merged: [Requirement] = []
        var positions: [String: Int] = [:]
        for line in lines {
            guard let position = positions[line.module] else {
                positions[line.module] = merged.count
                merged.append(line)
                continue
            }
            let kept = merged[position]
            let older = GoSemanticVersion(line.version).flatMap { new in GoSemanticVersion(kept.version).map { new < $0 } }
            if older != true {
                merged[position].version = line.version
            }
            merged[position].indirect = kept.indirect && line.indirect
        }
        return merged
    }
}
