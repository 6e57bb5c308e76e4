/// The unkeyed container `JSONTreeEncoder` hands out: each value joins the encoder's array.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    /// The encoder holding the array.
    let encoder: JSONTreeEncoder

    /// The keys from the top-level value to the array.
    var codingPath: [any CodingKey] { encoder.codingPath }

    /// How many elements the array has.
    var count: Int { encoder.elements.count }

    /// Appends `null`.
    mutating func encodeNil() throws { add(.null) }
    /// Appends a Boolean.
    mutating func encode(_ value: Bool) throws { add(.bool(value)) }
    /// Appends a string.
    mutating func encode(_ value: String) throws { add(.string(value)) }
    /// Appends a number; NaN and the infinities throw.
    mutating func encode(_ value: Double) throws { add(try .number(value, at: codingPath + [JSONPathKey.index(count)])) }
    /// Appends a number; NaN and the infinities throw.
    mutating func encode(_ value: Float) throws { add(try .number(value, at: codingPath + [JSONPathKey.index(count)])) }
    /// Appends an integer.
    mutating func encode(_ value: Int) throws { add(.integer(value)) }
    /// Appends an integer.
    mutating func encode(_ value: Int8) throws { add(.integer(value)) }
    /// Appends an integer.
    mutating func encode(_ value: Int16) throws { add(.integer(value)) }
    /// Appends an integer.
    mutating func encode(_ value: Int32) throws { add(.integer(value)) }
    /// Appends an integer.
    mutating func encode(_ value: Int64) throws { add(.integer(value)) }
    /// Appends an integer.
    mutating func encode(_ value: Int128) throws { add(.integer(value)) }
    /// Appends an integer.
    mutating func encode(_ value: UInt) throws { add(.integer(value)) }
    /// Appends an integer.
    mutating func encode(_ value: UInt8) throws { add(.integer(value)) }
    /// Appends an integer.
    mutating func encode(_ value: UInt16) throws { add(.integer(value)) }
    /// Appends an integer.
    mutating func encode(_ value: UInt32) throws { add(.integer(value)) }
    /// Appends an integer.
    mutating func encode(_ value: UInt64) throws { add(.integer(value)) }
    /// Appends an integer.
    mutating func encode(_ value: UInt128) throws { add(.integer(value)) }
    /// Appends the node of any other value, `{}` when it encodes nothing.
    mutating func encode<Value: Encodable>(_ value: Value) throws {
        add(try encoder.node(for: value, at: JSONPathKey.index(count)) ?? .object([]))
    }

    /// Appends an object.
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        deferred().container(keyedBy: keyType)
    }

    /// Appends an array.
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { deferred().unkeyedContainer() }

    /// An encoder for the next element.
    mutating func superEncoder() -> any Encoder { deferred() }

    /// A new encoder whose value is appended now and read when written.
    private func deferred() -> JSONTreeEncoder {
        let child = encoder.deferredChild(at: JSONPathKey.index(count))
        encoder.elements.append(.deferred(child))
        return child
    }

    /// Appends an element.
    private func add(_ node: JSONNode) {
        encoder.elements.append(node)
    }
}
