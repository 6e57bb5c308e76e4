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
        guard let colon = title.utf8.prefix(41).firstIndex(of: UInt8(ascii: ":")) else { return }
        var head = title[..<colon]
        if head.hasSuffix("!") { breaking = true; head = head.dropLast() }
        var scope: Substring = ""
        if let open = head.firstIndex(of: "("), head.hasSuffix(")") {
            scope = head[head.index(after: open)..<head.index(before: head.endIndex)]
            head = head[..<open]
        }
        guard let type = Self.kind(forType: head.lowercased(), scope: scope.lowercased()) else {
            breaking = false
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
}
