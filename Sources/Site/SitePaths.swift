/// Where each page of the site lives, and relative links between them.
///
/// Every link is relative so the site works from `file://` and under any sub-path.
struct SitePaths: Sendable {
    /// Whether components get their own folders under `components/`.
    let multiComponent: Bool

    /// The folder of a component's pages.
    func folder(of component: String?) -> String {
        guard multiComponent, let component else { return "releases" }
        return "components/" + Self.safeName(component)
    }

    /// A component's page.
    func componentPage(_ component: String?) -> String { folder(of: component) + "/index.html" }

    /// A release's page.
    func releasePage(_ component: String?, version: String) -> String {
        folder(of: component) + "/" + Self.safeName(version) + ".html"
    }

    /// A component's page of unreleased changes.
    func unreleasedPage(_ component: String?) -> String { folder(of: component) + "/unreleased.html" }

    /// A component's Atom feed.
    func feed(_ component: String?) -> String { folder(of: component) + "/feed.xml" }

    /// The page comparing two releases of a component: `compare/v1.0.0...v1.2.0.html` beside its release pages.
    func comparePage(_ component: String?, from older: String, to newer: String) -> String {
        folder(of: component) + "/compare/" + Self.safeName(older) + "..." + Self.safeName(newer) + ".html"
    }

    /// A component's form that compares any two of its releases.
    func compareForm(_ component: String?) -> String { folder(of: component) + "/compare.html" }

    /// The script holding what the compare form needs of every release of a component.
    func compareIndex(_ component: String?) -> String { folder(of: component) + "/compare-index.js" }

    /// A component's release models as JSON.
    func releaseModels(_ component: String?) -> String { folder(of: component) + "/releases.json" }

    /// The HTML page of a docs Markdown file: `guide/install.md` → `docs/guide/install.html`; each
    /// folder and name made safe for a URL, so `what?.md` cannot turn into a query.
    static func documentPage(_ path: String) -> String {
        let page = path.lowercased().hasSuffix(".md") ? String(path.dropLast(3)) + ".html" : path
        return documentFile(page)
    }

    /// Where a file of the docs folder is copied: under `docs/`, each folder and name made safe for a URL.
    static func documentFile(_ path: String) -> String {
        "docs/" + path.split(separator: "/").map { safeName(String($0)) }.joined(separator: "/")
    }

    /// The prefix that leads from `page` back to the site's root: `""`, `"../"`, `"../../"`.
    static func root(of page: String) -> String {
        String(repeating: "../", count: page.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }

    /// The link from `page` to `target`, both site paths.
    static func link(from page: String, to target: String) -> String {
        let fromParts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        let toParts = target.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < fromParts.count && common < toParts.count - 1
            && fromParts[fromParts.startIndex + common] == toParts[common] {
            common += 1
        }
        let up = Array(repeating: "..", count: fromParts.count - common)
        return (up + toParts[common...].map(String.init)).joined(separator: "/")
    }

    /// `name` with anything a file name or URL path should not hold replaced by `-`, and `+` by `_`.
    static func safeName(_ name: String) -> String {
        let bytes = name.utf8
        let isSafe: (UInt8) -> Bool = { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
        if bytes.first != UInt8(ascii: "."), bytes.allSatisfy(isSafe) { return name }
        var output = String()
        for scalar in name.unicodeScalars {
            if scalar == "+" {
                output.append("_")
            } else if scalar.isASCII, isSafe(UInt8(scalar.value)) {
                output.unicodeScalars.append(scalar)
            } else {
                output.append("-")
            }
        }
        return output.hasPrefix(".") ? "-" + output.dropFirst() : output
    }
}

extension SitePaths {
    /// The `index.html` beside a file: `components/a/feed.xml` → `components/a/index.html`.
    static func directoryIndex(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "index.html" }
        return path[..<slash] + "/index.html"
    }
}
