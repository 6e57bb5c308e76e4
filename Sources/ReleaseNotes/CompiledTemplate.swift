import Mustache

/// A built-in template compiled to nodes that render `[String: Any]` contexts directly, byte for byte as
/// swift-mustache renders the same template, without its casts to protocols and name splitting at every tag.
///
/// Only the subset the built-in notes and site templates use compiles: a content type the caller accepts as the
/// first tag, plain names, `{{.}}`, escaped and unescaped values, sections, inverted sections and partials without
/// indentation. Anything else (comments, delimiters, dotted names, lambdas, inheritance, other line breaks than
/// `\n`) makes `init` fail, and a value of a type outside strings, numbers, booleans, dictionaries, arrays and
/// the changelog's `ReleaseContexts` makes `render` fail, so the caller renders through swift-mustache instead.
package struct CompiledTemplate: Sendable {
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
    package let partials: Set<String>

    /// Renders `context` with `library` providing partials and `escape` escaping the values of a content type that
    /// escapes; nil when a value or a partial is outside the subset.
    package func render(
        _ context: [String: Any], library: [String: CompiledTemplate], escape: (String) -> String
    ) -> String? {
        var output = ""
        var stack: [Any] = [context]
        return Self.render(nodes, stack: &stack, library: library, escape: escape, into: &output) ? output : nil
    }

    /// Appends `nodes` rendered over `stack` to `output`; false when something falls outside the subset.
    private static func render(
        _ nodes: [Node], stack: inout [Any], library: [String: CompiledTemplate], escape: (String) -> String, into output: inout String
    ) -> Bool {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .value(let name, let escaped):
                let (found, readable) = lookUp(name, in: stack)
                guard readable else { return false }
                guard let value = found else { continue }
                guard let text = text(of: value) else { return false }
                output += escaped ? escape(text) : text
            case .section(let name, let body):
                let (found, readable) = lookUp(name, in: stack)
                guard readable else { return false }
                guard let value = found else { continue }
                switch value {
                case let list as [Any]:
                    for item in list {
                        stack.append(item)
                        defer { stack.removeLast() }
                        guard render(body, stack: &stack, library: library, escape: escape, into: &output) else { return false }
                    }
                case let flag as Bool:
                    guard !flag || render(body, stack: &stack, library: library, escape: escape, into: &output) else { return false }
                case let contexts as ReleaseContexts:
                    // A changelog's releases, made one at a time as the section walks them.
                    for item in contexts {
                        stack.append(item)
                        defer { stack.removeLast() }
                        guard render(body, stack: &stack, library: library, escape: escape, into: &output) else { return false }
                    }
                default:
                    guard isSectionValue(value) else { return false }
                    stack.append(value)
                    defer { stack.removeLast() }
                    guard render(body, stack: &stack, library: library, escape: escape, into: &output) else { return false }
                }
            case .inverted(let name, let body):
                let (found, readable) = lookUp(name, in: stack)
                guard readable else { return false }
                switch found {
                case nil:
                    guard render(body, stack: &stack, library: library, escape: escape, into: &output) else { return false }
                case let list as [Any]:
                    guard list.isEmpty else { continue }
                    // swift-mustache shows the empty list as the current value.
                    stack.append(list)
                    defer { stack.removeLast() }
                    guard render(body, stack: &stack, library: library, escape: escape, into: &output) else { return false }
                case let flag as Bool:
                    guard flag || render(body, stack: &stack, library: library, escape: escape, into: &output) else { return false }
                case is ReleaseContexts:
                    // Whether a lazy list is empty is not known without walking it: Mustache decides.
                    return false
                case let value?:
                    guard isSectionValue(value) else { return false }
                }
            case .partial(let name):
                guard let partial = library[name], render(partial.nodes, stack: &stack, library: library, escape: escape, into: &output) else { return false }
            }
        }
        return true
    }

    /// The value `name` finds: the current one for `.`, else the first object on the stack, from the top, that has
    /// the name, as swift-mustache looks it up: a dictionary or another `MustacheParent` by `child(named:)`, while
    /// strings, numbers, booleans and lists have no names (their mirrors have no labelled children). `readable` is
    /// false when an object of another type stands in the way, whose mirror only swift-mustache reads.
    private static func lookUp(_ name: String, in stack: [Any]) -> (value: Any?, readable: Bool) {
        if name == "." { return (stack.last, true) }
        for object in stack.reversed() {
            if let dictionary = object as? [String: Any] {
                if let value = dictionary[name] { return (value, true) }
                continue
            }
            switch object {
            case is String, is Bool, is Int, is [Any]:
                continue
            case is any MustacheCustomRepresentation:
                return (nil, false)
            case let parent as any MustacheParent:
                if let value = parent.child(named: name) { return (value, true) }
            default:
                return (nil, false)
            }
        }
        return (nil, true)
    }

    /// Whether a section's value is one the compiled nodes read as swift-mustache does: text, a number, a boolean or
    /// an object with names, and not one that renders itself.
    private static func isSectionValue(_ value: Any) -> Bool {
        (text(of: value) != nil || value is any MustacheParent) && !(value is any MustacheCustomRepresentation)
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
