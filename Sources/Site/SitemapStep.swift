/// Writes `sitemap.xml` of every page, when the base URL is known; a sitemap needs absolute URLs.
struct SitemapStep: SiteStep {
    let name = "write sitemap"

    func run(_ state: inout SiteState) throws {
        guard let base = state.content.baseURL else { return }
        let dates = Dictionary(state.releases.map { ($0.path, $0.document.date) }, uniquingKeysWith: { first, _ in first })
        let pages = state.files.paths.filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#, #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#]
        for page in pages {
            let location = HTMLText.escape(base + (page == "index.html" || page.hasSuffix("/index.html") ? String(page.dropLast("index.html".count)) : page))
            if let date = dates[page] ?? nil {
                lines.append("  <url><loc>\(location)</loc><lastmod>\(date.day)</lastmod></url>")
            } else {
                lines.append("  <url><loc>\(location)</loc></url>")
            }
        }
        lines.append("</urlset>")
        state.add("sitemap.xml", lines.joined(separator: "\n") + "\n")
    }

}
