/// A JSON value as `JSONTreeEncoder` collects it before `JSONWriter` writes it in one pass.
enum JSONNode {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer that fits in `Int`, written digit by digit.
    case integer(Int)
    /// Any other number, already spelled as `JSONEncoder` spells it.
    case number(String)
    /// A string, escaped when written.
    case string(String)
    /// An array's elements in order.
    case array([JSONNode])
    /// An object's members, sorted by key and each key once, as `JSONMemberOrder` puts them.
    case object([JSONMember])
    /// A container filled through a nested or super encoder, which may still grow after it is placed; read when written.
    case deferred(JSONTreeEncoder)

    /// An integer of any width, in `Int` when it fits.
    static func integer<Integer: FixedWidthInteger>(_ value: Integer) -> JSONNode {
        if let small = Int(exactly: value) { return .integer(small) }
        return .number(value.description)
    }

    /// A floating-point number as `JSONEncoder` writes it: its description without a trailing `.0`; NaN and the
    /// infinities have no JSON form, so they throw.
    static func number<Float: BinaryFloatingPoint & CustomStringConvertible>(
        _ value: Float, at path: @autoclosure () -> [any CodingKey]
    ) throws -> JSONNode {
        guard value.isFinite else {
            let context = EncodingError.Context(codingPath: path(), debugDescription: "Unable to encode \(Float.self).\(value) directly in JSON.")
            throw EncodingError.invalidValue(value, context)
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}
