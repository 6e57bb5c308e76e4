import Foundation

/// Writes the offline search index: `search-index.js` names the parts, and each part under `search/` holds entries
/// to find, so that the search page loads what it needs in pieces rather than one large file.
///
/// An entry is one change as its release page shows it (linking to the change's anchor), a release whose notes were
/// published (its text), or a docs page. Scripts rather than JSON, because browsers refuse to fetch JSON from `file://`.
struct SearchIndexStep: SiteStep {
    let name = "write search index"

    /// The most characters of a page's text the index holds, so that one page cannot make the index huge.
    static let textLimit = 4_000

    /// About how many bytes of entries a part holds before the next part starts.
    static let partSize = 150_000

    /// One search result.
    struct Entry {
        /// The title shown in results: the release or page.
        var t: String
        /// The site path, with the change's anchor.
        var p: String
        /// The date, or empty.
        var d: String
        /// The component, or empty.
        var c: String
        /// The change's kind, or empty.
        var k: String
        /// The pull request number, or empty.
        var n: String
        /// The text searched and shown.
        var x: String
    }

    func run(_ state: inout SiteState) throws {
        var groups: [[Entry]] = [state.documents.map {
            Entry(t: $0.title, p: $0.path, d: "", c: "", k: "", n: "", x: String($0.text.prefix(Self.textLimit)))
        }]
        // Newest releases first within each component, so the first parts to arrive hold what readers look for most.
        for component in state.content.components {
            let releases = state.newestFirst.filter { $0.document.component == component.name }
            groups.append(releases.flatMap { Self.entries(of: $0, state: state) })
        }
        var parts: [[UInt8]] = []
        for group in groups where !group.isEmpty {
            var part: [UInt8] = []
            for entry in group {
                if part.count >= Self.partSize {
                    parts.append(part)
                    part = []
                }
                if !part.isEmpty { part.append(UInt8(ascii: ",")) }
                Self.append(entry, to: &part)
            }
            parts.append(part)
        }
        var manifest = Array("window.heraldSearchIndex = {\"parts\":[".utf8)
        for (index, part) in parts.enumerated() {
            let path = "search/part-\(index).js"
            state.files.put(Data(Array("window.heraldSearchPart(\(index), [".utf8) + part + Array("]);\n".utf8)), at: path)
            if index > 0 { manifest.append(UInt8(ascii: ",")) }
            Self.appendScriptString(path, to: &manifest)
        }
        manifest += Array("]};\n".utf8)
        state.files.put(Data(manifest), at: "search-index.js")
    }

    /// A release's entries: one per change of generated notes, or the release itself when its notes were published.
    static func entries(of release: RenderedRelease, state: SiteState) -> [Entry] {
        let document = release.document
        let title = SiteState.releaseTitle(document)
        let date = document.date?.day ?? ""
        let component = document.component ?? ""
        guard !release.entries.isEmpty else {
            return [Entry(t: title, p: release.path, d: date, c: component, k: "", n: "", x: release.searchText)]
        }
        return release.entries.map { entry in
            Entry(
                t: title, p: release.path + "#" + entry.id, d: date, c: component, k: state.facetKind(of: entry.change),
                n: entry.change.pullRequest.map(String.init) ?? "", x: String(entry.text.prefix(Self.textLimit))
            )
        }
    }

    /// `entry` as a JSON object with its keys in sorted order.
    static func append(_ entry: Entry, to script: inout [UInt8]) {
        for (key, value) in [("c", entry.c), ("d", entry.d), ("k", entry.k), ("n", entry.n), ("p", entry.p), ("t", entry.t), ("x", entry.x)] {
            script += Array((key == "c" ? "{\"" : ",\"").utf8) + Array(key.utf8) + Array("\":".utf8)
            appendScriptString(value, to: &script)
        }
        script.append(UInt8(ascii: "}"))
    }

    /// `text` as a JSON string that also cannot end a `<script>` early or break a line of JavaScript.
    static func appendScriptString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most text needs no escape: then its bytes go in at once.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "<") || $0 == 0xE2 }) else {
            output.append(contentsOf: text.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
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
