/// The keyed container `JSONTreeEncoder` hands out: each member joins the encoder's object under the key's string
/// value.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    /// The encoder holding the object.
    let encoder: JSONTreeEncoder

    /// The keys from the top-level value to the object.
    var codingPath: [any CodingKey] { encoder.codingPath }

    /// Adds `null`.
    mutating func encodeNil(forKey key: Key) throws { add(.null, key) }
    /// Adds a Boolean.
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(.bool(value), key) }
    /// Adds a string.
    mutating func encode(_ value: String, forKey key: Key) throws { add(.string(value), key) }
    /// Adds a number; NaN and the infinities throw.
    mutating func encode(_ value: Double, forKey key: Key) throws { add(try .number(value, at: codingPath + [key]), key) }
    /// Adds a number; NaN and the infinities throw.
    mutating func encode(_ value: Float, forKey key: Key) throws { add(try .number(value, at: codingPath + [key]), key) }
    /// Adds an integer.
    mutating func encode(_ value: Int, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds an integer.
    mutating func encode(_ value: Int8, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds an integer.
    mutating func encode(_ value: Int16, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds an integer.
    mutating func encode(_ value: Int32, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds an integer.
    mutating func encode(_ value: Int64, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds an integer.
    mutating func encode(_ value: Int128, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds an integer.
    mutating func encode(_ value: UInt, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds an integer.
    mutating func encode(_ value: UInt8, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds an integer.
    mutating func encode(_ value: UInt16, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds an integer.
    mutating func encode(_ value: UInt32, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds an integer.
    mutating func encode(_ value: UInt64, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds an integer.
    mutating func encode(_ value: UInt128, forKey key: Key) throws { add(.integer(value), key) }
    /// Adds the node of any other value, `{}` when it encodes nothing.
    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        add(try encoder.node(for: value, at: key) ?? .object([]), key)
    }

    /// An object under `key`; asked for again, the same object.
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        nested(at: key).container(keyedBy: keyType)
    }

    /// An array under `key`; asked for again, the same array.
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        nested(at: key).unkeyedContainer()
    }

    /// An encoder for the value under `super`.
    mutating func superEncoder() -> any Encoder { deferred(at: JSONPathKey.superclass) }

    /// An encoder for the value under `key`.
    mutating func superEncoder(forKey key: Key) -> any Encoder { deferred(at: key) }

    /// The encoder of the nested container already under `key`, or a new one.
    private func nested(at key: Key) -> JSONTreeEncoder {
        let name = key.stringValue
        for member in encoder.members.reversed() where member.key == name {
            if case .deferred(let child) = member.value { return child }
        }
        return deferred(at: key)
    }

    /// A new encoder whose value is placed under `key` now and read when written.
    private func deferred(at key: any CodingKey) -> JSONTreeEncoder {
        let child = encoder.deferredChild(at: key)
        encoder.members.append(JSONMember(key: key.stringValue, value: .deferred(child)))
        return child
    }

    /// Adds a member.
    private func add(_ node: JSONNode, _ key: Key) {
        encoder.members.append(JSONMember(key: key.stringValue, value: node))
    }
}
