import Foundation

/// The `Encoder` behind `JSONWriter`: it collects one value as a `JSONNode`. Each value inside it is encoded by a
/// child encoder that is lent again for the next value, so a long array of objects costs few allocations.
final class JSONTreeEncoder: Encoder {
    /// What the encoder has been asked to hold.
    enum Shape {
        case nothing, single, object, array
    }

    /// What the encoder holds so far.
    private(set) var shape = Shape.nothing
    /// The value given to the single-value container.
    var single = JSONNode.null
    /// The object's members, in the order they were encoded.
    var members: [JSONMember] = []
    /// The array's elements.
    var elements: [JSONNode] = []
    /// The encoder whose container holds this value; only read for `codingPath`, while the parent encodes.
    unowned(unsafe) var parent: JSONTreeEncoder?
    /// The key or index this value is held under.
    var key: (any CodingKey)?
    /// A child encoder free to be lent.
    private var spare: JSONTreeEncoder?
    // The next value lent this encoder is usually of the same type as the last: an object with the same keys, an
    // array of about the same size.
    private var order: JSONMemberOrder?
    private var elementCount = 0

    /// Creates an encoder for a value held under `key`.
    init(parent: JSONTreeEncoder? = nil, key: (any CodingKey)? = nil) {
        self.parent = parent
        self.key = key
    }

    /// The keys from the top-level value to this one.
    var codingPath: [any CodingKey] {
        var path = parent?.codingPath ?? []
        if let key { path.append(key) }
        return path
    }

    /// No user info: nothing Herald encodes reads any.
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// A container for an object; asked for again, the same object.
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        begin(.object)
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self))
    }

    /// A container for an array; asked for again, the same array.
    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        begin(.array)
        return JSONUnkeyedContainer(encoder: self)
    }

    /// The encoder itself, which takes one value.
    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    /// Records what the encoder holds, reserving room for as many elements as the last array had.
    func begin(_ wanted: Shape) {
        guard shape != wanted else { return }
        precondition(shape == .nothing, "JSONTreeEncoder: a value encoded as \(shape) cannot also be a(n) \(wanted)")
        shape = wanted
        if wanted == .array { elements.reserveCapacity(elementCount) }
    }

    /// The node of `value` held under `key`, or nil when it encodes nothing. URLs, data and decimals are written
    /// as `JSONEncoder` writes them, not as their own `encode(to:)` would.
    func node<Value: Encodable>(for value: Value, at key: (any CodingKey)?) throws -> JSONNode? {
        if let node = Self.plainNode(for: value) { return node }
        if Value.self == URL.self { return .string((value as! URL).absoluteString) }
        if Value.self == Data.self { return .string((value as! Data).base64EncodedString()) }
        if Value.self == Decimal.self { return .number((value as! Decimal).description) }
        var child = spare ?? JSONTreeEncoder()
        spare = nil
        child.parent = self
        child.key = key
        try value.encode(to: child)
        let node = child.take()
        // A child kept by the value, through a container or super encoder it stored, is not lent again.
        if isKnownUniquelyReferenced(&child) { spare = child }
        return node
    }

    /// The node of an optional or array of strings or integers, made directly: a value's `encode(to:)` would need a
    /// child encoder, and an optional's wrapped value another.
    private static func plainNode<Value>(for value: Value) -> JSONNode? {
        // The casts only reinterpret a value as the very type it has.
        if Value.self == String?.self { return unsafeBitCast(value, to: String?.self).map(JSONNode.string) ?? .null }
        if Value.self == Int?.self { return unsafeBitCast(value, to: Int?.self).map(JSONNode.integer) ?? .null }
        if Value.self == Bool?.self { return unsafeBitCast(value, to: Bool?.self).map(JSONNode.bool) ?? .null }
        if Value.self == [String].self { return .array(unsafeBitCast(value, to: [String].self).map(JSONNode.string)) }
        if Value.self == [Int].self { return .array(unsafeBitCast(value, to: [Int].self).map(JSONNode.integer)) }
        return nil
    }

    /// A new encoder for a nested container or super encoder under `key`.
    func deferredChild(at key: any CodingKey) -> JSONTreeEncoder {
        JSONTreeEncoder(parent: self, key: key)
    }

    /// The value collected, members sorted, leaving the encoder empty; nil when nothing was encoded.
    func take() -> JSONNode? {
        defer { shape = .nothing }
        switch shape {
        case .nothing:
            return nil
        case .single:
            defer { single = .null }
            return single
        case .object:
            if order?.fits(members) != true { order = JSONMemberOrder(keys: members.map(\.key)) }
            let written = order?.apply(to: members) ?? []
            // The buffer stays for the next object.
            members.removeAll(keepingCapacity: true)
            return .object(written)
        case .array:
            let taken = elements
            elements = []
            elementCount = taken.count
            return .array(taken)
        }
    }
}
