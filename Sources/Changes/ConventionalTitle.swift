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
        if title.hasPrefix("Bump "), title.contains(" from "), title.contains(" to ") {
            kind = .dependency
            return
        }
        guard let colon = title.firstIndex(of: ":"), title.distance(from: title.startIndex, to: colon) <= 40 else {
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
        let rest = title[title.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        let sentence = rest.prefix(1).uppercased() + rest.dropFirst()
        // A deps scope says nothing the Dependencies section does not.
        let showsScope = !scope.isEmpty && !["deps", "deps-dev"].contains(scope.lowercased())
        description = rest.isEmpty ? title : (showsScope ? "\(scope): \(rest)" : sentence)
        if type == .dependency || type == .cleanup, rest.hasPrefix("bump "), rest.contains(" from ") {
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
        let lower = title.lowercased()
        if lower.hasPrefix("changelog") || lower.contains("changelog for") || lower.hasPrefix("update changelog")
            || lower.hasPrefix("add changelog") || lower.hasPrefix("update readme") || lower.hasPrefix("document ") {
            return .documentation
        }
        let first = lower.prefix { $0.isLetter }
        switch first {
        case "deprecate", "deprecates": return .deprecation
        case "fix", "fixes", "fixed", "correct", "corrects": return .fix
        case "add", "adds", "support", "supports", "implement", "implements", "introduce", "introduces", "allow", "allows", "enable", "enables":
            return lower.contains(" test") || lower.contains(" e2e") ? .cleanup : .feature
        default: return nil
        }
    }
}
