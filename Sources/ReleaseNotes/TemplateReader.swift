/// Reads a template's text into `CompiledTemplate` nodes, cutting lines exactly as swift-mustache's parser does;
/// throws at anything outside the compiled subset.
struct TemplateReader {
    /// The template uses something only swift-mustache renders.
    struct Unsupported: Error {}

    /// The template's UTF-8; tags and line breaks are ASCII, so every cut falls between characters.
    let bytes: [UInt8]
    var position = 0
    /// The content types that compile, by name, and whether each escapes values.
    private let contentTypes: [String: Bool]
    /// Whether the template's content type escapes values, once its tag, which must come before any other, is read.
    private var escapes: Bool?
    /// The partials the template names.
    private(set) var partials: Set<String> = []

    /// A reader at the start of `bytes`, of a template whose content type is one of `contentTypes`.
    init(bytes: [UInt8], contentTypes: [String: Bool]) {
        self.bytes = bytes
        self.contentTypes = contentTypes
    }

    /// The nodes up to the end of `section` (its closing tag read), or to the end of the text when it is nil.
    /// `newLine` says whether reading starts at the start of a line.
    mutating func block(section: String?, newLine start: Bool) throws -> [CompiledTemplate.Node] {
        var nodes: [CompiledTemplate.Node] = []
        var newLine = start
        var indent = ""
        func flushIndent() {
            if !indent.isEmpty { nodes.append(.text(indent)) }
            indent = ""
        }
        while position < bytes.count {
            if newLine { indent = word(while: { $0 == 0x20 || $0 == 0x09 }) }
            let (text, atTag) = readText()
            if !atTag, position < bytes.count {
                nodes.append(.text(indent + text + "\n"))
                newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(indent + text))
                indent = ""
                newLine = false
            }
            guard atTag else { break }
            guard position < bytes.count else { throw Unsupported() }
            let sigil = bytes[position]
            guard escapes != nil || sigil == UInt8(ascii: "%") else { throw Unsupported() }
            var standalone = false
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let name = try readName()
                if newLine && lineFinished() { standalone = true } else { flushIndent() }
                let body = try block(section: name, newLine: standalone)
                nodes.append(sigil == UInt8(ascii: "#") ? .section(name, body) : .inverted(name, body))
            case UInt8(ascii: "/"):
                position += 1
                guard try readName() == section else { throw Unsupported() }
                if !(newLine && lineFinished()) { flushIndent() }
                return nodes
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                flushIndent()
                position += 1
                let name = try readName()
                if sigil == UInt8(ascii: "{") { try expect("}") }
                nodes.append(.value(name, escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                skipSpace()
                let name = word(while: Self.isPartialNameByte)
                skipSpace()
                try expect("}}")
                // An indented partial indents each of its lines, which the compiled nodes do not do.
                guard !name.isEmpty, !name.hasPrefix("*"), indent.isEmpty else { throw Unsupported() }
                partials.insert(name)
                standalone = newLine && lineFinished()
                nodes.append(.partial(name))
            case UInt8(ascii: "%"):
                position += 1
                skipSpace()
                guard escapes == nil, word(while: Self.isNameByte) == "CONTENT_TYPE" else { throw Unsupported() }
                skipSpace()
                try expect(":")
                skipSpace()
                guard let escaping = contentTypes[word(while: Self.isNameByte)] else { throw Unsupported() }
                skipSpace()
                try expect("}}")
                escapes = escaping
                standalone = newLine && lineFinished()
            case UInt8(ascii: "!"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw Unsupported()
            default:
                flushIndent()
                nodes.append(.value(try readName(), escaped: escapes == true))
            }
            newLine = standalone
        }
        guard section == nil, escapes != nil else { throw Unsupported() }
        return nodes
    }
}
