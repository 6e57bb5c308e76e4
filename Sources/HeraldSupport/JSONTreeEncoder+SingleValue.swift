/// The single-value container is the encoder itself: the value becomes what the encoder holds.
extension JSONTreeEncoder: SingleValueEncodingContainer {
    /// Holds `null`.
    func encodeNil() throws { set(.null) }
    /// Holds a Boolean.
    func encode(_ value: Bool) throws { set(.bool(value)) }
    /// Holds a string.
    func encode(_ value: String) throws { set(.string(value)) }
    /// Holds a number; NaN and the infinities throw.
    func encode(_ value: Double) throws { set(try .number(value, at: codingPath)) }
    /// Holds a number; NaN and the infinities throw.
    func encode(_ value: Float) throws { set(try .number(value, at: codingPath)) }
    /// Holds an integer.
    func encode(_ value: Int) throws { set(.integer(value)) }
    /// Holds an integer.
    func encode(_ value: Int8) throws { set(.integer(value)) }
    /// Holds an integer.
    func encode(_ value: Int16) throws { set(.integer(value)) }
    /// Holds an integer.
    func encode(_ value: Int32) throws { set(.integer(value)) }
    /// Holds an integer.
    func encode(_ value: Int64) throws { set(.integer(value)) }
    /// Holds an integer.
    func encode(_ value: Int128) throws { set(.integer(value)) }
    /// Holds an integer.
    func encode(_ value: UInt) throws { set(.integer(value)) }
    /// Holds an integer.
    func encode(_ value: UInt8) throws { set(.integer(value)) }
    /// Holds an integer.
    func encode(_ value: UInt16) throws { set(.integer(value)) }
    /// Holds an integer.
    func encode(_ value: UInt32) throws { set(.integer(value)) }
    /// Holds an integer.
    func encode(_ value: UInt64) throws { set(.integer(value)) }
    /// Holds an integer.
    func encode(_ value: UInt128) throws { set(.integer(value)) }
    /// Holds the node of any other value, `{}` when it encodes nothing.
    func encode<Value: Encodable>(_ value: Value) throws { set(try node(for: value, at: nil) ?? .object([])) }

    /// Holds `node`; a single-value container takes one value.
    private func set(_ node: JSONNode) {
        begin(.single)
        single = node
    }
}
