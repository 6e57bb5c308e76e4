/// A site template compiled to nodes that render `[String: Any]` contexts directly, byte for byte as swift-mustache
/// renders the same template, without its casts to protocols and name splitting at every tag.
///
/// Only the subset the built-in site templates use compiles: the `HERALD_HTML` content type as the first tag, plain
/// names, `{{.}}`, escaped and unescaped values, sections, inverted sections and partials without indentation.
/// Anything else (comments, delimiters, dotted names, lambdas, inheritance, other line breaks than `\n`) makes
/// `init` fail, and a value of a type outside strings, numbers, booleans, dictionaries and arrays makes `render`
/// fail, so the caller renders through swift-mustache instead.
struct CompiledTemplate: Sendable {
    /// One piece of a compiled template.
    indirect enum Node: Sendable {
        /// Text, as written.
        case text(String)
        /// A value by name (`.` for the current one), HTML-escaped unless written `{{{name}}}` or `{{&name}}`.
        case value(String, escaped: Bool)
        /// A section: shown for each item of a list, once for `true` or any other value, never when missing.
        case section(String, [Node])
        /// An inverted section: shown when the value is missing, `false` or an empty list.
        case inverted(String, [Node])
        /// Another template, by name, rendered with the same values.
        case partial(String)
    }

    /// The template's nodes, in order.
    let nodes: [Node]
    /// The templates it includes, by name.
    let partials: Set<String>

    /// Renders `context` with `library` providing partials; nil when a value or a partial is outside the subset.
    func render(_ context: [String: Any], library: [String: CompiledTemplate]) -> String? {
        var output = ""
        var stack: [Any] = [context]
        return Self.render(nodes, stack: &stack, library: library, into: &output) ? output : nil
    }

    /// Appends `nodes` rendered over `stack` to `output`; false when something falls outside the subset.
    private static func render(_ nodes: [Node], stack: inout [Any], library: [String: CompiledTemplate], into output: inout String) -> Bool {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .value(let name, let escaped):
                guard let value = lookUp(name, in: stack) else { continue }
                guard let text = Self.text(of: value) else { return false }
                output += escaped ? HTMLText.escape(text) : text
            case .section(let name, let body):
                guard let value = lookUp(name, in: stack) else { continue }
                switch value {
                case let list as [Any]:
                    for item in list {
                        stack.append(item)
                        defer { stack.removeLast() }
                        guard render(body, stack: &stack, library: library, into: &output) else { return false }
                    }
                case let flag as Bool:
                    guard !flag || render(body, stack: &stack, library: library, into: &output) else { return false }
                default:
                    guard text(of: value) != nil || value is [String: Any] else { return false }
                    stack.append(value)
                    defer { stack.removeLast() }
                    guard render(body, stack: &stack, library: library, into: &output) else { return false }
                }
            case .inverted(let name, let body):
                switch lookUp(name, in: stack) {
                case nil:
                    guard render(body, stack: &stack, library: library, into: &output) else { return false }
                case let list as [Any]:
                    guard list.isEmpty else { continue }
                    // swift-mustache shows the empty list as the current value.
                    stack.append(list)
                    defer { stack.removeLast() }
                    guard render(body, stack: &stack, library: library, into: &output) else { return false }
                case let flag as Bool:
                    guard flag || render(body, stack: &stack, library: library, into: &output) else { return false }
                case let value?:
                    guard text(of: value) != nil || value is [String: Any] else { return false }
                }
            case .partial(let name):
                guard let partial = library[name], render(partial.nodes, stack: &stack, library: library, into: &output) else { return false }
            }
        }
        return true
    }

    /// The value `name` finds: the current one for `.`, else the first dictionary on the stack, from the top, that
    /// has the name. Other values on the stack have no names, as swift-mustache's mirrors of them have no children.
    private static func lookUp(_ name: String, in stack: [Any]) -> Any? {
        if name == "." { return stack.last }
        for object in stack.reversed() {
            if let dictionary = object as? [String: Any], let value = dictionary[name] { return value }
        }
        return nil
    }

    /// How a value reads as text: strings as they are, numbers and booleans as Swift prints them; nil for other types.
    private static func text(of value: Any) -> String? {
        switch value {
        case let text as String: text
        case let flag as Bool: flag ? "true" : "false"
        case let number as Int: String(number)
        default: nil
        }
    }
}
