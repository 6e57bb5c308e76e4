import HeraldSupport
import Changes
import Yams

/// A YAML node being read strictly, with the file, key path and line that its errors name.
struct ConfigurationNode {
    /// The node as Yams composed it.
    let node: Node
    /// Where it sits, such as `components[1].paths[0]`; empty for the document itself.
    let keyPath: String
    /// The line errors about it name: the key's line for a mapping value, the item's for a list item.
    let line: Int?
    /// The configuration file, as errors name it.
    let file: String

    /// The document's root node.
    init(root: Node, file: String) {
        self.init(node: root, keyPath: "", line: root.mark?.line, file: file)
    }

    private init(node: Node, keyPath: String, line: Int?, file: String) {
        self.node = node
        self.keyPath = keyPath
        self.line = line
        self.file = file
    }

    /// An error about this node.
    func error(_ problem: ConfigurationError.Problem) -> ConfigurationError {
        ConfigurationError(file: file, line: line, keyPath: keyPath.isEmpty ? nil : keyPath, problem)
    }

    /// Whether the node is an empty value (`~`, `null` or nothing), which counts as leaving the key out.
    var isNull: Bool {
        // Quoted scalars resolve to strings, so only a plain `~`, `null` or nothing lands here.
        if case .scalar = node { return node.tag.rawValue == Tag.Name.null.rawValue }
        return false
    }

    /// The node's type as error messages name it.
    var typeName: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar:
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case .null: return "an empty value"
            case .bool: return "a boolean"
            case .int, .float: return "a number"
            default: return "a string"
            }
        }
    }

    /// The fields of a mapping whose keys must all be among `known`, in the file's order.
    func fields(_ known: [String]) throws -> Fields {
        guard case .mapping(let mapping) = node else {
            throw error(.expectedMapping(keys: known, found: typeName))
        }
        var fields: [(String, ConfigurationNode)] = []
        for (key, value) in mapping {
            let keyLine = key.mark?.line ?? line
            guard case .scalar(let scalar) = key else {
                let keyNode = ConfigurationNode(node: key, keyPath: keyPath, line: keyLine, file: file)
                throw keyNode.error(.expectedKeyName(found: keyNode.typeName))
            }
            let name = scalar.string
            let child = ConfigurationNode(node: value, keyPath: keyPath.isEmpty ? name : "\(keyPath).\(name)", line: keyLine, file: file)
            guard known.contains(name) else {
                throw child.error(.unknownKey(known: known))
            }
            fields.append((name, child))
        }
        return Fields(owner: self, fields: fields)
    }

    /// The items of a list of `what` (for example `strings`), each with its own key path and line.
    func items(of what: String) throws -> [ConfigurationNode] {
        guard case .sequence(let sequence) = node else {
            throw error(.expectedList(of: what, found: typeName))
        }
        return sequence.enumerated().map { index, item in
            ConfigurationNode(node: item, keyPath: "\(keyPath)[\(index)]", line: item.mark?.line ?? line, file: file)
        }
    }

    /// The text of a scalar; numbers and booleans count as the text written.
    func string() throws -> String {
        guard case .scalar(let scalar) = node, !isNull else { throw error(.expectedString(found: typeName)) }
        return scalar.string
    }

    /// The text of a scalar that must not be empty or blank.
    func nonEmptyString(_ what: String) throws -> String {
        let text = try string()
        guard !text.allSatisfy(\.isWhitespace) else { throw error(.emptyString(expected: what)) }
        return text
    }

    /// The texts of a list of strings.
    func strings() throws -> [String] {
        try items(of: "strings").map { try $0.string() }
    }

    /// A list of globs, each compiled; an invalid one is an error at its own line.
    func globs() throws -> [Glob] {
        try items(of: "strings").map { item in
            let pattern = try item.string()
            do {
                return try Glob(pattern)
            } catch let error as Glob.SyntaxError {
                throw item.error(.invalidGlob(error))
            }
        }
    }

    /// The checked keys of one YAML mapping, looked up by name.
    struct Fields {
        /// The mapping they belong to, which errors about missing keys name.
        let owner: ConfigurationNode
        /// The keys in the file's order, each with its value.
        let fields: [(String, ConfigurationNode)]

        /// The value of `key`, or nil when the key is absent or its value is empty (`~`, `null` or nothing).
        subscript(key: String) -> ConfigurationNode? {
            guard let value = fields.first(where: { $0.0 == key })?.1, !value.isNull else { return nil }
            return value
        }

        /// The value of `key`, which must be given.
        func required(_ key: String, example: String) throws -> ConfigurationNode {
            guard let value = self[key] else {
                throw owner.error(.missingKey(key, example: example))
            }
            return value
        }
    }
}
