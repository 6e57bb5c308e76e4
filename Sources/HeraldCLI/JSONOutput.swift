import Foundation

/// Encodes the JSON outputs: pretty, with sorted keys, so output is stable and diffable.
enum JSONOutput {
    /// The encoded value followed by a newline.
    static func string<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
