/// A title read as a Conventional Commit, `type(scope)!: description`, or a dependency bump.
struct ConventionalTitle: Equatable {
    /// The kind the type implies, nil when the title is not conventional.
    var kind: ChangeKind?
    /// Whether `!` marks the change as breaking.
    var breaking = false
    /// The title without the `type(scope)!:` prefix, keeping a scope as `scope: `.
    var description: String

    /// Reads `title`.
    init(_ title: String) {
        description = title
        if title.hasPrefix("Bump "), title.containsText(" from "), title.containsText(" to ") {
            kind = .dependency
            return
        }
        // A type prefix is short: look for its colon in the first bytes only.
        guard let colon = title.utf8.prefix(41).firstIndex(of: UInt8(ascii: ":")) else {
            kind = Self.kindFromWords(title)
            return
        }
        var head = title[..<colon]
        if head.hasSuffix("!") { breaking = true; head = head.dropLast() }
        var scope: Substring = ""
        if let open = head.firstIndex(of: "("), head.hasSuffix(")") {
            scope = head[head.index(after: open)..<head.index(before: head.endIndex)]
            head = head[..<open]
        }
        guard let type = Self.kind(forType: head.lowercased(), scope: scope.lowercased()) else {
            breaking = false
            kind = Self.kindFromWords(title)
            return
        }
        kind = type
        let rest = String(title[title.index(after: colon)...].trimmed)
        let sentence = rest.prefix(1).uppercased() + rest.dropFirst()
        // A deps scope says nothing the Dependencies section does not.
        let showsScope = !scope.isEmpty && !["deps", "deps-dev"].contains(scope.lowercased())
        description = rest.isEmpty ? title : (showsScope ? "\(scope): \(rest)" : sentence)
        if type == .dependency || type == .cleanup, rest.hasPrefix("bump "), rest.containsText(" from ") {
            kind = .dependency
        }
    }

    /// The kind a Conventional Commits type names.
    static func kind(forType type: String, scope: String) -> ChangeKind? {
        switch type {
        case "feat", "feature": return .feature
        case "fix", "bugfix", "revert": return .fix
        case "docs", "doc": return .documentation
        case "perf": return .performance
        case "deps": return .dependency
        case "chore", "build":
            return scope == "deps" || scope == "deps-dev" ? .dependency : .cleanup
        case "refactor", "test", "tests", "ci", "style": return .cleanup
        default: return nil
        }
    }

    /// A kind from the first word of a plain title, the weakest source before `other`.
    ///
    /// Kubernetes-style titles carry no type prefix; their leading verb is the best evidence left.
    static func kindFromWords(_ title: String) -> ChangeKind? {
        let lower = String(decoding: title.utf8.prefix(24).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        if lower.hasPrefix("changelog") || lower.hasPrefix("update changelog") || lower.hasPrefix("add changelog")
            || lower.hasPrefix("update readme") || lower.hasPrefix("document ") || title.containsText("hangelog for") {
            return .documentation
        }
        let first = lower.prefix { $0.isLetter }
        switch first {
        case "deprecate", "deprecates": return .deprecation
        case "fix", "fixes", "fixed", "correct", "corrects": return .fix
        case "add", "adds", "support", "supports", "implement", "implements", "introduce", "introduces", "allow", "allows", "enable", "enables":
            return title.containsText(" test") || title.containsText(" e2e") ? .cleanup : .feature
        default: return nil
        }
    }
}
