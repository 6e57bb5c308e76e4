/// A path glob such as `deploy/**/*.yaml`, compiled once and matched against repository-relative paths.
///
/// `**` is a whole path component matching any number of directories, including none; `*` matches
/// within one component, `?` one character, `[abc]`, `[a-z]` and `[!a]` (or `[^a]`) one character
/// of a class, and `\` makes the next character literal. Matching is case-sensitive and byte-level,
/// because it runs over every changed path of every commit.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// One `/`-separated component of the pattern.
    enum Segment: Sendable {
        case anyDirectories
        case literal([UInt8])
        case wildcard([Token])
    }

    /// One step of a wildcard component.
    enum Token: Sendable {
        case byte(UInt8)
        case anyCharacter
        case anyRun
        case characterClass(ranges: [ClosedRange<UInt32>], negated: Bool)
    }

    /// The pattern as written.
    public let pattern: String
    let segments: [Segment]

    /// Compiles `pattern`, throwing `Glob.SyntaxError` for an empty pattern, an unclosed `[`, or a `**` that is not a whole component.
    public init(_ pattern: String) throws {
        self.pattern = pattern
        guard !pattern.isEmpty else { throw SyntaxError.emptyPattern(pattern) }
        var segments: [Segment] = []
        for component in pattern.split(separator: "/", omittingEmptySubsequences: false) {
            let segment = try Self.segment(String(component), of: pattern)
            // `**/**` means the same as `**`, and one of them keeps matching linear.
            if case .anyDirectories = segment, case .anyDirectories? = segments.last { continue }
            segments.append(segment)
        }
        self.segments = segments
    }

    /// `**`, which matches every path.
    public static let everything = Glob(pattern: "**", segments: [.anyDirectories])

    private init(pattern: String, segments: [Segment]) {
        self.pattern = pattern
        self.segments = segments
    }

    /// Whether the glob matches every path, as a bare `**` does.
    public var matchesEverything: Bool {
        guard segments.count == 1, case .anyDirectories = segments[0] else { return false }
        return true
    }

    /// The pattern as written.
    public var description: String { pattern }

    /// Whether the repository-relative `path` (with `/` separators) matches.
    public func matches(_ path: String) -> Bool {
        if matchesEverything { return true }
        var path = path
        return path.withUTF8 { matches(bytes: $0) }
    }

    /// Two globs are equal when their patterns are.
    public static func == (lhs: Glob, rhs: Glob) -> Bool { lhs.pattern == rhs.pattern }

    /// Hashes the pattern.
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }

    /// Compiles one component of `pattern`.
    private static func segment(_ text: String, of pattern: String) throws -> Segment {
        switch text {
        case "**": return .anyDirectories
        case "": throw SyntaxError.emptyComponent(pattern)
        case ".", "..": throw SyntaxError.dotComponent(pattern, component: text)
        default: break
        }
        var tokens: [Token] = []
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "*":
                if case .anyRun? = tokens.last {
                    throw SyntaxError.partialAnyDirectories(pattern)
                }
                tokens.append(.anyRun)
            case "?":
                tokens.append(.anyCharacter)
            case "[":
                tokens.append(try characterClass(&scalars, of: pattern))
            case "\\":
                guard let escaped = scalars.next() else { throw SyntaxError.trailingEscape(pattern) }
                tokens.append(contentsOf: String(escaped).utf8.map(Token.byte))
            default:
                tokens.append(contentsOf: String(scalar).utf8.map(Token.byte))
            }
        }
        let bytes = tokens.compactMap { token -> UInt8? in
            if case .byte(let byte) = token { return byte } else { return nil }
        }
        return bytes.count == tokens.count ? .literal(bytes) : .wildcard(tokens)
    }

    /// Compiles a class after its `[`, up to and including its `]`.
    private static func characterClass(
        _ scalars: inout String.UnicodeScalarView.Iterator, of pattern: String
    ) throws -> Token {
        let unclosed = SyntaxError.unclosedClass(pattern)
        var pending: [Unicode.Scalar] = []
        var closed = false
        while let scalar = scalars.next() {
            // A `]` right after `[` or `[!` is a member, as in `[]a]`.
            if scalar == "]" && !(pending.isEmpty || pending == ["!"] || pending == ["^"]) {
                closed = true
                break
            }
            pending.append(scalar)
            if scalar == "\\" {
                guard let escaped = scalars.next() else { throw unclosed }
                pending.append(escaped)
            }
        }
        guard closed else { throw unclosed }
        let negated = pending.first == "!" || pending.first == "^"
        var members = ArraySlice(negated ? Array(pending.dropFirst()) : pending)
        var ranges: [ClosedRange<UInt32>] = []
        while let first = members.popFirst() {
            let low = first == "\\" ? (members.popFirst() ?? first) : first
            guard members.count >= 2, members.first == "-" else {
                ranges.append(low.value...low.value)
                continue
            }
            members.removeFirst()
            let second = members.removeFirst()
            let high = second == "\\" ? (members.popFirst() ?? second) : second
            guard low.value <= high.value else { throw SyntaxError.reversedRange(pattern, low: Character(low), high: Character(high)) }
            ranges.append(low.value...high.value)
        }
        return .characterClass(ranges: ranges, negated: negated)
    }
}
