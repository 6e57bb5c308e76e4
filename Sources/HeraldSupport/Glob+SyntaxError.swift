extension Glob {
    /// Why a pattern is not a valid glob, the only error of the support module; each case carries the pattern as written.
    public enum SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The pattern is the empty string.
        case emptyPattern(String)
        /// Two `/` in a row, or a leading or trailing `/`.
        case emptyComponent(String)
        /// A `.` or `..` component (the second value), which a repository-relative path never has.
        case dotComponent(String, component: String)
        /// `**` inside a component, as in `**.go`.
        case partialAnyDirectories(String)
        /// A `\` at the very end.
        case trailingEscape(String)
        /// A `[` that no `]` closes.
        case unclosedClass(String)
        /// A class range such as `[z-a]` whose low end is above its high end.
        case reversedRange(String, low: Character, high: Character)

        /// The pattern as written.
        public var pattern: String {
            switch self {
            case .emptyPattern(let pattern), .emptyComponent(let pattern), .dotComponent(let pattern, _),
                 .partialAnyDirectories(let pattern), .trailingEscape(let pattern), .unclosedClass(let pattern),
                 .reversedRange(let pattern, _, _):
                return pattern
            }
        }

        /// The pattern and what is wrong with it, on one line.
        public var description: String {
            let reason: String
            switch self {
            case .emptyPattern: reason = "the pattern is empty"
            case .emptyComponent: reason = "empty path component; patterns are repository-relative, as in 'docs/**'"
            case .dotComponent(_, let component): reason = "'\(component)' is not allowed; patterns are repository-relative, as in 'docs/**'"
            case .partialAnyDirectories: reason = "'**' must be a whole path component, as in 'deploy/**/*.yaml'"
            case .trailingEscape: reason = "a trailing '\\' escapes nothing"
            case .unclosedClass: reason = "unclosed '['; close the character class with ']' or escape it as '\\['"
            case .reversedRange(_, let low, let high): reason = "range '\(low)-\(high)' is reversed"
            }
            return "invalid glob '\(pattern)': \(reason)"
        }
    }
}
