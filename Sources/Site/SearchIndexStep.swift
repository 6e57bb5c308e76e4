import Foundation

/// Writes `search-index.js`: every release and docs page with the words to find it by, for the offline search box.
///
/// A script rather than JSON, because browsers refuse to fetch JSON from `file://`.
struct SearchIndexStep: SiteStep {
    let name = "write search index"

    /// One searchable page.
    struct Entry: Encodable {
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
            let title = [document.component, document.version].compactMap { $0 }.joined(separator: " ")
            return Entry(t: title, p: release.path, d: document.date.map { String($0.prefix(10)) } ?? "", c: document.component ?? "", x: release.searchText)
        }
        let documents = state.documents.map { Entry(t: $0.title, p: $0.path, d: "", c: "", x: String($0.text.prefix(4_000))) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(releases + documents), as: UTF8.self)
        state.add("search-index.js", "window.heraldSearchIndex = \(Self.scriptSafe(json));\n")
    }

    /// JSON that cannot end its `<script>` early or break a line of JavaScript.
    static func scriptSafe(_ json: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(json.utf8.count + 64)
        var bytes = json.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "<"):
                output += Array("\\u003c".utf8)
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
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
        return String(decoding: output, as: UTF8.self)
    }
}
