extension CompiledTemplate {
    /// Compiles `text`, whose first tag must name one of `contentTypes` (name → whether it escapes values), or nil
    /// when it uses anything outside the subset (see the type).
    ///
    /// Lines are cut as swift-mustache cuts them: a section, inverted section, closing, partial or content-type tag
    /// alone on its line takes the line with it, and a last line without a line break that holds only spaces and
    /// tabs is dropped.
    package init?(_ text: String, contentTypes: [String: Bool]) {
        let bytes = Array(text.utf8)
        // Other line breaks (CR, VT, FF, NEL, U+2028, U+2029) end lines differently in swift-mustache's parser.
        guard !bytes.contains(where: { $0 == 0x0D || $0 == 0x0B || $0 == 0x0C }),
            !text.unicodeScalars.contains(where: { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" })
        else { return nil }
        var reader = TemplateReader(bytes: bytes, contentTypes: contentTypes)
        guard let nodes = try? reader.block(section: nil, newLine: true) else { return nil }
        self.nodes = nodes
        partials = reader.partials
    }
}

extension CompiledTemplate {
    /// The templates of `texts` (name → text) that compile, and whose partials all compile too: a template that
    /// includes one rendered by Mustache is rendered by Mustache whole.
    package static func library(of texts: [String: String], contentTypes: [String: Bool]) -> [String: CompiledTemplate] {
        var compiled = texts.compactMapValues { CompiledTemplate($0, contentTypes: contentTypes) }
        while let name = compiled.first(where: { !$0.value.partials.isSubset(of: compiled.keys) })?.key {
            compiled[name] = nil
        }
        return compiled
    }
}
