/// Writes an `Encodable` value as JSON, byte for byte as Foundation's `JSONEncoder` does with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` for the pretty layout), in a fraction of its time: the value is
/// collected as a light tree and written in one pass into one buffer.
public struct JSONWriter: Sendable {
    /// How the JSON is laid out.
    public enum Layout: Sendable {
        /// One member or element a line, indented by two spaces a level, `"key" : value`, as `.prettyPrinted`.
        case pretty
        /// No whitespace at all.
        case compact
    }

    /// The layout written.
    public let layout: Layout
    /// Whether `<`, `>` and `&` in strings are written `\u003c`, `\u003e` and `\u0026`: the same JSON, from which
    /// no browser that sniffs it as HTML can read markup.
    public let escapesMarkup: Bool

    // Containers nested this deep throw, as in JSONEncoder.
    private static let depthLimit = 512

    /// Creates a writer for `layout`, escaping markup characters when `escapingMarkup` says so.
    public init(layout: Layout, escapingMarkup: Bool = false) {
        self.layout = layout
        escapesMarkup = escapingMarkup
    }

    /// The JSON of `value` as UTF-8, without a final newline. Throws `EncodingError` where `JSONEncoder` throws:
    /// for NaN and infinities, for a top-level value that encodes nothing, and for containers nested 512 deep.
    public func bytes<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        guard let node = try JSONTreeEncoder().node(for: value, at: nil) else {
            let context = EncodingError.Context(codingPath: [], debugDescription: "Top-level \(Value.self) did not encode any values.")
            throw EncodingError.invalidValue(value, context)
        }
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        try write(node, depth: 0, into: &output)
        return output
    }

    /// The JSON of `value` followed by a newline, as a file holds it.
    public func text<Value: Encodable>(_ value: Value) throws -> String {
        var output = try bytes(value)
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `node`, whose containers are nested `depth` deep.
    private func write(_ node: JSONNode, depth: Int, into output: inout [UInt8]) throws {
        switch node {
        case .null: Self.appendVerbatim("null" as StaticString, to: &output)
        case .bool(let value): Self.appendVerbatim(value ? "true" : "false" as StaticString, to: &output)
        case .integer(let value): Self.appendDigits(value, to: &output)
        case .number(let text): Self.appendVerbatim(text, to: &output)
        case .string(let text): Self.appendQuoted(text, escapingMarkup: escapesMarkup, to: &output)
        case .array(let elements): try writeArray(elements, depth: depth + 1, into: &output)
        case .object(let members): try writeObject(members, depth: depth + 1, into: &output)
        case .deferred(let encoder): try write(encoder.take() ?? .object([]), depth: depth, into: &output)
        }
    }

    /// Appends an array nested `depth` deep.
    private func writeArray(_ elements: [JSONNode], depth: Int, into output: inout [UInt8]) throws {
        try Self.checkDepth(depth)
        output.append(0x5B)
        for (index, element) in elements.enumerated() {
            if index > 0 { output.append(0x2C) }
            startLine(depth, into: &output)
            try write(element, depth: depth, into: &output)
        }
        close(depth, empty: elements.isEmpty, into: &output)
        output.append(0x5D)
    }

    /// Appends an object nested `depth` deep.
    private func writeObject(_ members: [JSONMember], depth: Int, into output: inout [UInt8]) throws {
        try Self.checkDepth(depth)
        output.append(0x7B)
        for (index, member) in members.enumerated() {
            if index > 0 { output.append(0x2C) }
            startLine(depth, into: &output)
            Self.appendQuoted(member.key, escapingMarkup: escapesMarkup, to: &output)
            if layout == .pretty {
                Self.appendVerbatim(" : " as StaticString, to: &output)
            } else {
                output.append(0x3A)
            }
            try write(member.value, depth: depth, into: &output)
        }
        close(depth, empty: members.isEmpty, into: &output)
        output.append(0x7D)
    }

    /// In the pretty layout, a newline and the indent of a member or element `depth` deep.
    private func startLine(_ depth: Int, into output: inout [UInt8]) {
        guard layout == .pretty else { return }
        output.append(0x0A)
        Self.appendSpaces(2 * depth, to: &output)
    }

    /// In the pretty layout, what comes before a closing bracket: a newline (an empty container has two, as in
    /// `JSONEncoder`) and the indent of the container's own line.
    private func close(_ depth: Int, empty: Bool, into output: inout [UInt8]) {
        guard layout == .pretty else { return }
        if empty { output.append(0x0A) }
        output.append(0x0A)
        Self.appendSpaces(2 * (depth - 1), to: &output)
    }

    /// Throws when containers are nested deeper than `JSONEncoder` writes.
    private static func checkDepth(_ depth: Int) throws {
        guard depth >= depthLimit else { return }
        let context = EncodingError.Context(codingPath: [], debugDescription: "Too many nested arrays or dictionaries.")
        throw EncodingError.invalidValue(depth, context)
    }
}
