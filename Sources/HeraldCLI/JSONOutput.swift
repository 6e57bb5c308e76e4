import HeraldSupport

/// Encodes the JSON outputs: pretty, with sorted keys, so output is stable and diffable.
enum JSONOutput {
    /// The encoded value followed by a newline.
    static func string<Value: Encodable>(_ value: Value) throws -> String {
        try JSONWriter(layout: .pretty).text(value)
    }
}
