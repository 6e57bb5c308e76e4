import Foundation

/// Writes `search-index.js`: every release and docs page with the words to find it by, for the offline search box.
///
/// A script rather than JSON, because browsers refuse to fetch JSON from `file://`.
struct SearchIndexStep: SiteStep {
    let name = "write search index"

    /// The most characters of a page's text the index holds, so that one page cannot make the index huge.
    static let textLimit = 4_000

    /// One searchable page.
    struct Entry {
        /// The title shown in results.
        var t: String
        /// The page's site path.
        var p: String
        /// The date, or empty.
        var d: String
        /// The component, or empty.
        var c: String
        /// The text searched.
        var x: String
    }

    func run(_ state: inout SiteState) throws {
        let releases = state.releases.map { release in
            let document = release.document
            return Entry(t: SiteState.releaseTitle(document), p: release.path, d: document.date?.day ?? "", c: document.component ?? "", x: release.searchText)
        }
        let documents = state.documents.map { Entry(t: $0.title, p: $0.path, d: "", c: "", x: String($0.text.prefix(Self.textLimit))) }
        var script = Array("window.heraldSearchIndex = [".utf8)
        for (index, entry) in (releases + documents).enumerated() {
            if index > 0 { script.append(UInt8(ascii: ",")) }
            // Keys in sorted order, as a JSON encoder with sorted keys would write them.
            for (key, value) in [("c", entry.c), ("d", entry.d), ("p", entry.p), ("t", entry.t), ("x", entry.x)] {
                script += Array((key == "c" ? "{\"" : ",\"").utf8) + Array(key.utf8) + Array("\":".utf8)
                Self.appendScriptString(value, to: &script)
            }
            script.append(UInt8(ascii: "}"))
        }
        script += Array("];\n".utf8)
        state.files["search-index.js"] = Data(script)
    }

    /// `text` as a JSON string that also cannot end a `<script>` early or break a line of JavaScript.
    static func appendScriptString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "\""): output += [0x5C, 0x22]
            case UInt8(ascii: "\\"): output += [0x5C, 0x5C]
            case UInt8(ascii: "<"): output += Array("\\u003c".utf8)
            case 0x0A: output += [0x5C, 0x6E]
            case 0x0D: output += [0x5C, 0x72]
            case 0x09: output += [0x5C, 0x74]
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in older JavaScript.
                guard let second = bytes.next() else { output.append(byte); continue }
                guard let third = bytes.next() else { output += [byte, second]; continue }
                if second == 0x80 && (third == 0xA8 || third == 0xA9) {
                    output += Array((third == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                } else {
                    output += [byte, second, third]
                }
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
