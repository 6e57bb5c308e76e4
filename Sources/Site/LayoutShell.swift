/// The layout rendered once with markers where the title and content go, then filled in for each page.
///
/// Release pages of one folder share everything in the layout but those two, and a template walk per
/// page costs more than libcmark's rendering of the notes.
struct LayoutShell: Sendable {
    /// A piece of the rendered layout.
    enum Part: Sendable, Equatable {
        /// Layout text, as rendered.
        case text(String)
        /// The page title, HTML-escaped when the layout escaped it.
        case title(escaped: Bool)
        /// The page's content.
        case content
    }

    /// The layout in pieces.
    let parts: [Part]

    /// Marks the title; it contains `<` so that an escaping layout shows itself by escaping it.
    static let titleMarker = "<herald-layout-title/>"
    /// Marks the content.
    static let contentMarker = "<herald-layout-content/>"

    /// Splits `rendered`, the layout rendered with the markers, or nil when the layout escapes its content,
    /// which only a page-by-page rendering can reproduce.
    init?(rendered: String) {
        let markers: [(String, Part)] = [
            (Self.titleMarker, .title(escaped: false)), (HTMLText.escape(Self.titleMarker), .title(escaped: true)),
            (Self.contentMarker, .content),
        ]
        guard rendered.contains(Self.contentMarker) else { return nil }
        var parts: [Part] = []
        var rest = Substring(rendered)
        while !rest.isEmpty {
            let found = markers.compactMap { marker, part in rest.range(of: marker).map { ($0, part) } }.min { $0.0.lowerBound < $1.0.lowerBound }
            guard let (range, part) = found else {
                parts.append(.text(String(rest)))
                break
            }
            if range.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<range.lowerBound]))) }
            parts.append(part)
            rest = rest[range.upperBound...]
        }
        self.parts = parts
    }

    /// The page: the layout with `title` and `content` in place.
    func page(title: String, content: String) -> String {
        var page = ""
        page.reserveCapacity(content.utf8.count + 4_096)
        for part in parts {
            switch part {
            case .text(let text): page += text
            case .title(let escaped): page += escaped ? HTMLText.escape(title) : title
            case .content: page += content
            }
        }
        return page
    }
}
