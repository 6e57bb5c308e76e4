import Foundation

/// Values that use every corner of the `Encoder` protocol, for comparing `JSONWriter` with `JSONEncoder`.
enum JSONTrickyValues {
    /// Optionals: skipped by `encodeIfPresent`, `null` when encoded, nested, in arrays and dictionaries.
    struct Optionals: Encodable {
        var absent: Int? = nil
        var present: String? = "here"
        var nested: Int?? = .some(nil)
        var list: [Int?] = [1, nil, 3]
        var map: [String: String?] = ["a": nil, "b": "x"]
        var flags: (Bool?, Bool?) = (true, nil)

        enum CodingKeys: String, CodingKey { case absent, present, nested, list, map, explicitNull, skipped, yes, unknown, none }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(absent, forKey: .skipped)
            try container.encode(absent, forKey: .absent)
            try container.encodeIfPresent(present, forKey: .present)
            try container.encode(nested, forKey: .nested)
            try container.encode(list, forKey: .list)
            try container.encode(map, forKey: .map)
            try container.encodeNil(forKey: .explicitNull)
            try container.encode(flags.0, forKey: .yes)
            try container.encode(flags.1, forKey: .unknown)
            try container.encode(String?.none, forKey: .none)
        }
    }

    /// Every integer and floating-point type at its edges, in all three kinds of container.
    struct Numbers: Encodable {
        enum CodingKeys: String, CodingKey { case int8, int16, int32, int64, int128, uint, uint8, uint16, uint32, uint64, uint128, double, float, list, single }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(Int8.min, forKey: .int8)
            try container.encode(Int16.max, forKey: .int16)
            try container.encode(Int32.min, forKey: .int32)
            try container.encode(Int64.min, forKey: .int64)
            try container.encode(Int128.min, forKey: .int128)
            try container.encode(UInt.max, forKey: .uint)
            try container.encode(UInt8.max, forKey: .uint8)
            try container.encode(UInt16.max, forKey: .uint16)
            try container.encode(UInt32.max, forKey: .uint32)
            try container.encode(UInt64.max, forKey: .uint64)
            try container.encode(UInt128.max, forKey: .uint128)
            try container.encode(-0.0, forKey: .double)
            try container.encode(Float(0.1), forKey: .float)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(Int.min)
            try list.encode(UInt64.max)
            try list.encode(Int128.max)
            try list.encode(1e-7)
            try list.encode(Float.greatestFiniteMagnitude)
            try list.encode(Float16(1.5))
            try container.encode(Single(), forKey: .single)
        }

        /// Numbers through single-value containers.
        struct Single: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode([UInt128.max.description: Double.pi, "e": 2.718281828459045, "i": Double(Int.max)])
            }
        }
    }

    /// Nested containers, asked for twice under one key, and super encoders.
    struct Nesting: Encodable {
        enum CodingKeys: String, CodingKey { case inner, list, again, twice }
        enum InnerKeys: String, CodingKey { case b, a, c }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            var inner = container.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
            try inner.encode("b", forKey: .b)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            var more = container.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
            try more.encode("a", forKey: .a)
            var listed = list.nestedContainer(keyedBy: InnerKeys.self)
            try listed.encode(true, forKey: .c)
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encodeNil()
            _ = list.nestedUnkeyedContainer()
            try Child(name: "super").encode(to: container.superEncoder())
            try Child(name: "again").encode(to: container.superEncoder(forKey: .again))
            try Child(name: "element").encode(to: list.superEncoder())
            try container.encode(1, forKey: .twice)
            try container.encode("last", forKey: .twice)
            try inner.encode(3, forKey: .c)
        }
    }

    /// A class that encodes its superclass through a super encoder.
    class Parent: Encodable {
        var name = "parent"
    }

    /// The subclass: its own members, then the parent's under `super`.
    final class Child: Parent {
        let extra: String
        init(name: String) { extra = name }
        enum CodingKeys: String, CodingKey { case extra }
        override func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(extra, forKey: .extra)
            try super.encode(to: container.superEncoder())
        }
    }

    /// Encodes nothing at all: `{}` inside a container, an error at the top.
    struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    /// No members: `{}`.
    struct Empty: Encodable {}

    /// Types `JSONEncoder` writes its own way: URL as its absolute string, data as base64, decimals as numbers.
    struct Foundations: Encodable {
        var url = URL(string: "https://example.com/a b?q=1#f")!
        var relative = URL(string: "page.html", relativeTo: URL(string: "https://example.com/docs/"))!
        var data = Data([0, 1, 2, 250, 255])
        var decimal = Decimal(string: "-12.3450")!
        var date = Date(timeIntervalSince1970: 1_709_294_400.5)
        var uuid = UUID(uuidString: "E621E1F8-C36C-495A-93FC-0C247A3E6E5F")!
        var urls = [URL(string: "file:///tmp/x")!]
    }

    /// Dictionaries with string and integer keys, empty and nested.
    static let dictionaries: [String: [Int: [String]]] = [
        "z": [10: ["a"], 9: [], -1: ["b", "c"]], "a": [:], "é": [0: ["/"]], "A": [1: [""]],
    ]

    /// Every value above, as one list of encodable values.
    static var all: [any Encodable] {
        [
            Optionals(), Numbers(), Nesting(), Child(name: "top"), [Nothing()], Empty(), [Empty()], Foundations(), dictionaries,
            [[[Int]]](), [[[Int]]]([[[]]]), [String: Empty](), "top-level string", 42, -0.5, true, Optional<Int>.none,
            ["\u{0}\u{1}\u{1F}\u{7F}\"\\/\u{2028}\u{2029}😀"], [Int.min, Int.max],
        ]
    }
}
