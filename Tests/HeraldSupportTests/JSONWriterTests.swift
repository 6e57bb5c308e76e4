import Foundation
import Testing
@testable import HeraldSupport

/// `JSONWriter` writes the very bytes `JSONEncoder` writes with sorted keys and unescaped slashes, pretty or compact.
struct JSONWriterTests {
    /// The writer's layouts and the `JSONEncoder` options each stands for.
    static let layouts: [(JSONWriter.Layout, JSONEncoder.OutputFormatting)] = [
        (.pretty, [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
        (.compact, [.sortedKeys, .withoutEscapingSlashes]),
    ]

    /// Records an issue, with both texts, wherever the writer's bytes differ from `JSONEncoder`'s.
    static func expectSameBytes<Value: Encodable>(_ value: Value, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (layout, formatting) in layouts {
            let encoder = JSONEncoder()
            encoder.outputFormatting = formatting
            let expected = [UInt8](try encoder.encode(value))
            let written = try JSONWriter(layout: layout).bytes(value)
            #expect(
                written == expected,
                "\(label), \(layout): wrote\n\(String(decoding: written, as: UTF8.self))\nJSONEncoder wrote\n\(String(decoding: expected, as: UTF8.self))",
                sourceLocation: sourceLocation
            )
        }
    }

    /// The JSON files the golden tests hold: herald's outputs and the site's `releases.json`.
    static var goldenFiles: [URL] {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let folders = ["HeraldCLITests/Scenarios", "SiteTests/Scenarios"].map { tests.appendingPathComponent($0) }
        return folders.flatMap { folder in
            let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            return (walk?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "json" }
        }.sorted { $0.path < $1.path }
    }

    @Test func writesEveryGoldenJSONFileAsJSONEncoderDoes() throws {
        let files = Self.goldenFiles
        #expect(files.count >= 30, "the golden JSON files are missing")
        for file in files {
            // A golden file may end with the run's warnings, after the JSON.
            let text = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n--- stderr\n")[0]
            let sample = try JSONDecoder().decode(JSONSample.self, from: Data(text.utf8))
            try Self.expectSameBytes(sample, file.lastPathComponent)
        }
    }

    @Test func writesTrickyValuesAsJSONEncoderDoes() throws {
        for (index, value) in JSONTrickyValues.all.enumerated() {
            try Self.expectSameBytes(value, "tricky value \(index): \(type(of: value))")
        }
    }

    @Test func writesRandomValuesAsJSONEncoderDoes() throws {
        var generator = DeterministicRandom(seed: 15)
        for index in 0..<400 {
            try Self.expectSameBytes(JSONSample.random(depth: 4, using: &generator), "random sample \(index)")
        }
    }

    @Test func sortsKeysByTheirUTF8BytesAndKeepsOneOfEquivalentKeys() throws {
        let keys = JSONSample.keys.map { ($0, JSONSample.integer($0.utf8.count)) }
        try Self.expectSameBytes(JSONSample.object(keys + keys.reversed()), "every key, twice")
        let written = try JSONWriter(layout: .compact).bytes(JSONSample.object([("b", .null), ("_", .null), ("B", .null), ("é", .null), ("z", .null)]))
        #expect(String(decoding: written, as: UTF8.self) == #"{"B":null,"_":null,"b":null,"z":null,"é":null}"#)
    }

    @Test func laysOutEmptyContainersAsJSONEncoderDoes() throws {
        let written = try JSONWriter(layout: .pretty).text(["a": [Int](), "b": [9]])
        #expect(written == "{\n  \"a\" : [\n\n  ],\n  \"b\" : [\n    9\n  ]\n}\n")
    }

    @Test func containersNestedTooDeepThrowAsInJSONEncoder() throws {
        func nested(_ depth: Int) -> JSONSample { (0..<depth).reduce(JSONSample.null) { inner, _ in .array([inner]) } }
        try Self.expectSameBytes(nested(511), "511 arrays deep")
        let encoder = JSONEncoder()
        #expect(throws: (any Error).self) { try encoder.encode(nested(512)) }
        #expect(throws: EncodingError.self) { try JSONWriter(layout: .compact).bytes(nested(512)) }
    }

    @Test func throwsWhereJSONEncoderThrows() throws {
        let encoder = JSONEncoder()
        for value in [[Double.nan], [Double.infinity], [-Double.infinity]] {
            #expect(throws: EncodingError.self) { try encoder.encode(value) }
            #expect(throws: EncodingError.self) { try JSONWriter(layout: .pretty).bytes(value) }
        }
        #expect(throws: EncodingError.self) { try encoder.encode(Float.nan) }
        #expect(throws: EncodingError.self) { try JSONWriter(layout: .pretty).bytes(Float.nan) }
        #expect(throws: EncodingError.self) { try encoder.encode(JSONTrickyValues.Nothing()) }
        #expect(throws: EncodingError.self) { try JSONWriter(layout: .pretty).bytes(JSONTrickyValues.Nothing()) }
    }

    @Test func escapingMarkupWritesTheSameJSONWithoutAnAngleBracketOrAmpersand() throws {
        // Markup escaped after writing, byte by byte: what the site's release models did before the writer could.
        func escapedAfterwards(_ json: [UInt8]) -> [UInt8] {
            json.flatMap { byte -> [UInt8] in
                switch byte {
                case 0x26: return Array("\\u0026".utf8)
                case 0x3C: return Array("\\u003c".utf8)
                case 0x3E: return Array("\\u003e".utf8)
                default: return [byte]
                }
            }
        }
        var generator = DeterministicRandom(seed: 151)
        var escapes = 0
        for index in 0..<300 {
            let sample = JSONSample.random(depth: 4, using: &generator)
            for layout in [JSONWriter.Layout.compact, .pretty] {
                let plain = try JSONWriter(layout: layout).bytes(sample)
                let escaped = try JSONWriter(layout: layout, escapingMarkup: true).bytes(sample)
                #expect(escaped == escapedAfterwards(plain), "random sample \(index)")
                #expect(!escaped.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E })
                // The same JSON: read back, both write the same.
                let reread = try [escaped, plain].map { try JSONWriter(layout: .compact).bytes(JSONDecoder().decode(JSONSample.self, from: Data($0))) }
                #expect(reread[0] == reread[1])
                if escaped != plain { escapes += 1 }
            }
        }
        #expect(escapes > 20, "the samples hold markup to escape")
        let keyed = try JSONWriter(layout: .compact, escapingMarkup: true).bytes(["<a>&": "x>y"])
        #expect(String(decoding: keyed, as: UTF8.self) == #"{"\u003ca\u003e\u0026":"x\u003ey"}"#)
    }
}
