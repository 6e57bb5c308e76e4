import Foundation

/// Decides whether an SVG picture from the docs folder may be published.
///
/// A reader can open a picture by itself, and an SVG opened so runs its scripts in the site's origin,
/// which on GitHub Pages every project of the owner shares. A picture that could run script or pull in
/// other documents is therefore left out: scripts, event handler attributes, `foreignObject` and other
/// embedded documents, `javascript:` and `data:` addresses other than pictures, `<use>` of other files,
/// entity declarations and style sheet instructions. The check reads the text the way an XML parser
/// would (case folded, character references decoded, namespace prefixes ignored) and errs on the safe side:
/// text other than UTF-8 is refused too.
public enum SVGSafety {
    /// Elements that run script or hold another document.
    static let forbiddenElements: Set<String> = [
        "script", "foreignobject", "iframe", "object", "embed", "handler", "listener", "frame", "frameset", "portal",
    ]
    /// Animation elements, which must not change an address or an event handler.
    static let animationElements: Set<String> = ["set", "animate", "animatemotion", "animatetransform", "animatecolor"]
    /// `data:` addresses a picture may use: other pictures.
    static let pictureData = ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp"]

    /// Why the picture in `data` is unsafe, as a short lowercase phrase; nil when it is safe to publish.
    public static func problem(in data: Data) -> String? {
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else { return "it is not utf-8 text" }
        let lowered = Array(text.lowercased().utf8)
        if let encoding = declaredEncoding(lowered), !["utf-8", "utf8", "us-ascii"].contains(encoding) {
            return "it declares the encoding \(encoding)"
        }
        let squeezed = visible(decodeReferences(lowered))
        if contains(squeezed, "<!entity") { return "it declares entities" }
        // XML knows five named references; any other, such as HTML's `&colon;`, would only be read by an HTML parser.
        if let reference = undefinedReference(lowered) { return "it uses the entity &\(reference);, which xml does not define" }
        if contains(squeezed, "<?xml-stylesheet") { return "it links a style sheet" }
        if contains(squeezed, "javascript:") || contains(squeezed, "vbscript:") { return "it holds a script address" }
        if contains(squeezed, "http://www.w3.org/1999/xhtml") { return "it holds html" }
        var index = 0
        while let open = lowered[index...].firstIndex(of: UInt8(ascii: "<")) {
            let tag = SVGTag(lowered, at: open + 1)
            if let problem = problem(with: tag) { return problem }
            index = max(tag.end, open + 1)
        }
        return nil
    }

    /// Why one start tag is unsafe, or nil.
    static func problem(with tag: SVGTag) -> String? {
        let element = localName(tag.name)
        if forbiddenElements.contains(element) { return "it holds a \(element) element" }
        for (name, value) in tag.attributes {
            let local = localName(name)
            if local.hasPrefix("on") { return "it has an event handler attribute (\(name))" }
            if name == "xml:base" { return "it sets the base address of its links" }
            let address = String(decoding: visible(decodeReferences(Array(value.utf8))), as: UTF8.self)
            if local == "href" || local == "src" {
                if element == "use" && !address.hasPrefix("#") { return "it uses another file (\(value))" }
                if address.hasPrefix("data:") && !pictureData.contains(where: address.hasPrefix) { return "it holds a data: address" }
            }
            if animationElements.contains(element) && local == "attributename" {
                let target = localName(address)
                if target.hasPrefix("on") || target == "href" || target == "src" { return "it animates \(address)" }
            }
        }
        return nil
    }

    /// A name without its namespace prefix: `xlink:href` is `href`.
    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    /// The encoding an XML declaration at the start names, lowercased; nil when there is none.
    static func declaredEncoding(_ text: [UInt8]) -> String? {
        let start = text.firstIndex { $0 > 0x20 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF } ?? text.endIndex
        guard text[start...].starts(with: Array("<?xml".utf8)), let end = text[start...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: text[start..<end], as: UTF8.self)
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// `text` with XML's character references and five named entities decoded.
    static func decodeReferences(_ text: [UInt8]) -> [UInt8] {
        guard text.contains(UInt8(ascii: "&")) else { return text }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        var output: [UInt8] = []
        var index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: "&"), let semicolon = text[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                output.append(text[index])
                index += 1
                continue
            }
            let body = String(decoding: text[(index + 1)..<semicolon], as: UTF8.self)
            var decoded: String?
            if body.hasPrefix("#x") {
                decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if body.hasPrefix("#") {
                decoded = UInt32(body.dropFirst(1)).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                decoded = named[body]
            }
            guard let decoded else {
                output.append(text[index])
                index += 1
                continue
            }
            output += Array(decoded.lowercased().utf8)
            index = semicolon + 1
        }
        return output
    }

    /// The name of the first named reference in `text` other than XML's five, such as `colon` for `&colon;`.
    static func undefinedReference(_ text: [UInt8]) -> String? {
        var index = 0
        while let ampersand = text[index...].firstIndex(of: UInt8(ascii: "&")) {
            index = ampersand + 1
            let name = text[index...].prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            guard !name.isEmpty, name.endIndex < text.count, text[name.endIndex] == UInt8(ascii: ";") else { continue }
            let reference = String(decoding: name, as: UTF8.self)
            if !["amp", "lt", "gt", "quot", "apos"].contains(reference) { return reference }
        }
        return nil
    }

    /// `text` without the spaces and control characters a browser skips inside an address.
    static func visible(_ text: [UInt8]) -> [UInt8] {
        text.filter { $0 > 0x20 && $0 != 0x7F }
    }

    /// Whether `text` holds `needle`.
    static func contains(_ text: [UInt8], _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard let first = needle.first, text.count >= needle.count else { return false }
        var index = 0
        while let hit = text[index...].firstIndex(of: first) {
            if text[hit...].starts(with: needle) { return true }
            index = hit + 1
        }
        return false
    }
}
