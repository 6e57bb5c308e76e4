import HeraldSupport

/// Any JSON value: read from the golden files, or made at random, then encoded by `JSONWriter` and `JSONEncoder`
/// alike. An object keeps its members as pairs, so a sample may encode a key twice.
indirect enum JSONSample: Codable {
    case null, bool(Bool), integer(Int), double(Double), string(String), array([JSONSample]), object([(String, JSONSample)])

    /// A key named at run time.
    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads any JSON value; integers stay integers.
    init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: Key.self) {
            self = .object(try object.allKeys.map { ($0.stringValue, try object.decode(JSONSample.self, forKey: $0)) })
        } else if var array = try? decoder.unkeyedContainer() {
            var elements: [JSONSample] = []
            while !array.isAtEnd { elements.append(try array.decode(JSONSample.self)) }
            self = .array(elements)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() { self = .null }
            else if let value = try? single.decode(Bool.self) { self = .bool(value) }
            else if let value = try? single.decode(Int.self) { self = .integer(value) }
            else if let value = try? single.decode(Double.self) { self = .double(value) }
            else { self = .string(try single.decode(String.self)) }
        }
    }

    /// Writes the value through the container its kind asks for, members in their order here.
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in members { try container.encode(value, forKey: Key(stringValue: key)) }
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .null: var single = encoder.singleValueContainer(); try single.encodeNil()
        case .bool(let value): var single = encoder.singleValueContainer(); try single.encode(value)
        case .integer(let value): var single = encoder.singleValueContainer(); try single.encode(value)
        case .double(let value): var single = encoder.singleValueContainer(); try single.encode(value)
        case .string(let value): var single = encoder.singleValueContainer(); try single.encode(value)
        }
    }

    /// Keys that sort differently by bytes, by UTF-16 and by `String`'s `<`, and two spellings of `é` that
    /// `String` holds equal.
    static let keys = [
        "a", "B", "_x", "é", "e\u{301}", "Z", "aa", "ab", "", "😀", "ﬀ", "\u{10000}", "\u{FFFF}", "10", "9", "a10", "a9",
        "A", "ä", "o\u{308}", "p", "quote\"d", "back\\slash", "a/b", "nul\u{0}", "line\u{2028}sep", "tab\t",
    ]

    /// Pieces of strings: every control character, the characters JSON escapes or might, and non-ASCII text.
    static let pieces = (0..<0x20).map { String(Unicode.Scalar(UInt8($0))) } + [
        "\"", "\\", "/", "\u{7F}", "é", "e\u{301}", "😀", "👩‍👩‍👧", "\u{2028}", "\u{2029}", "\u{FEFF}", "<b>&amp;</b>", "plain text", " ",
        "https://example.com/a?b=c&d=e", "日本語",
    ]

    /// Integers and doubles at the edges of their formats.
    static let integers = [0, 1, -1, 9, 10, 99, 100, Int.max, Int.min, Int(Int32.max), -1_000_000_007]
    static let doubles = [
        0.0, -0.0, 0.1, 1.0, -1.5, 1e100, 1.5e-7, 1e16, 1e21, 123456789012345678.0, 3.14159, Double.leastNonzeroMagnitude,
        Double.greatestFiniteMagnitude, Double.leastNormalMagnitude, 2.5e-5, 100.0,
    ]

    /// A random sample at most `depth` containers deep.
    static func random(depth: Int, using generator: inout DeterministicRandom) -> JSONSample {
        switch generator.below(depth > 0 ? 8 : 6) {
        case 0: return .null
        case 1: return .bool(generator.below(2) == 0)
        case 2: return .integer(generator.below(2) == 0 ? integers[generator.below(integers.count)] : Int(bitPattern: UInt(generator.next())))
        case 3:
            let bits = Double(bitPattern: generator.next())
            return .double(generator.below(2) == 0 || !bits.isFinite ? doubles[generator.below(doubles.count)] : bits)
        case 4, 5: return .string((0..<generator.below(6)).map { _ in pieces[generator.below(pieces.count)] }.joined())
        case 6: return .array((0..<generator.below(5)).map { _ in random(depth: depth - 1, using: &generator) })
        default:
            return .object((0..<generator.below(7)).map { _ in (keys[generator.below(keys.count)], random(depth: depth - 1, using: &generator)) })
        }
    }
}
