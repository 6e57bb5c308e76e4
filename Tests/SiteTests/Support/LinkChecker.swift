import Foundation

/// Finds the references in a generated site that lead nowhere: missing files, folders without `index.html`, and
/// `#fragment`s that name no element of their page.
///
/// It reads the `href`, `src`, `srcset`, `action` and `poster` attributes of every element of every `.html` file
/// (outside comments, scripts and style sheets) and every `href` in `.xml` and `.atom` files. References with a
/// scheme (`https:`, `mailto:`, `data:` …) and protocol-relative ones (`//host/…`) are left alone unless they start
/// with `siteURL`. A fragment must match an element's `id`, or the `name` of an `a` element, as HTML defines.
struct LinkChecker: Sendable {
    /// The site's root folder.
    var siteFolder: URL
    /// The address the site is published at; absolute references under it are checked as files of the site.
    var siteURL: URL?
    /// Whether references starting with `/` are resolved against the site folder; when false they are reported,
    /// since they break when the site is opened from disk or served under a sub-path.
    var allowsRootRelativeReferences = true

    /// One reference that leads nowhere.
    struct BrokenLink: Sendable, Equatable, CustomStringConvertible {
        /// The file that holds the reference, relative to the site folder.
        var source: String
        /// The 1-based line of the reference in `source`.
        var line: Int
        /// The reference as the file means it, with character references such as `&amp;` decoded.
        var reference: String
        /// Why it leads nowhere.
        var reason: String

        /// The broken link as `source:line: reference: reason`, for test failure messages.
        var description: String { "\(source):\(line): \(reference): \(reason)" }
    }

    /// Why the site could not be checked.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        var reason: String

        /// The reason, for test failure messages.
        var description: String { "link checker: \(reason)" }
    }

    /// One attribute value found in a file, with where it was.
    struct AttributeValue: Sendable, Equatable {
        /// The element's name, lowercased.
        var element: String
        /// The attribute's name, lowercased.
        var attribute: String
        /// The value with character references decoded.
        var value: String
        /// The 1-based line of the element's start tag.
        var line: Int
    }

    /// The attributes whose values are references.
    static let referenceAttributes: Set<String> = ["href", "src", "srcset", "action", "poster"]

    /// A checker for the site in `siteFolder`.
    init(siteFolder: URL, siteURL: URL? = nil) {
        self.siteFolder = siteFolder
        self.siteURL = siteURL
    }

    /// Every broken reference in the site, in file order; empty when every reference leads somewhere.
    ///
    /// Throws when the folder cannot be read or holds no HTML page, because a check of nothing would pass silently.
    func brokenLinks() throws -> [BrokenLink] {
        let site = try SiteFiles(folder: siteFolder)
        guard site.files.contains(where: Self.isPage) else {
            throw Failure(reason: "no HTML pages in \(siteFolder.path)")
        }
        var anchorsByPage: [String: Set<String>] = [:]
        func anchors(of page: String) -> Set<String> {
            if let known = anchorsByPage[page] { return known }
            let found = Self.anchors(inHTML: site.contents(of: page))
            anchorsByPage[page] = found
            return found
        }
        var broken: [BrokenLink] = []
        for file in site.files.sorted() {
            let isPage = Self.isPage(file)
            guard isPage || Self.isFeedOrSitemap(file) else { continue }
            let text = site.contents(of: file)
            var references: [(reference: String, line: Int)] = []
            for found in Self.attributeValues(in: text, skippingRawText: isPage) {
                if isPage, Self.referenceAttributes.contains(found.attribute) {
                    let values = found.attribute == "srcset" ? Self.urls(inSrcset: found.value) : [found.value]
                    references += values.map { ($0, found.line) }
                } else if !isPage, found.attribute == "href" {
                    references.append((found.value, found.line))
                }
            }
            if !isPage, siteURL != nil {
                references += Self.sitemapLocations(in: text)
            }
            for (reference, line) in references {
                if let reason = problem(with: reference, in: file, site: site, anchors: anchors) {
                    broken.append(BrokenLink(source: file, line: line, reference: reference, reason: reason))
                }
            }
        }
        return broken
    }

    /// Why `reference` in `file` leads nowhere, or nil when it leads somewhere or is not the site's to check.
    private func problem(
        with rawReference: String, in file: String, site: SiteFiles, anchors: (String) -> Set<String>
    ) -> String? {
        var reference = rawReference.trimmingCharacters(in: .whitespacesAndNewlines)
        var isUnderSiteURL = false
        if let siteURL, let inside = Self.path(of: reference, under: siteURL) {
            reference = "/" + inside
            isUnderSiteURL = true
        } else if reference.hasPrefix("//") || Self.hasScheme(reference) {
            return nil
        }
        if reference.isEmpty { return nil }
        var fragment: String?
        if let hash = reference.firstIndex(of: "#") {
            fragment = String(reference[reference.index(after: hash)...])
            reference = String(reference[..<hash])
        }
        if let question = reference.firstIndex(of: "?") {
            reference = String(reference[..<question])
        }
        guard let decodedPath = reference.removingPercentEncoding else { return "malformed percent-encoding" }
        let target: String
        if decodedPath.isEmpty {
            target = file
        } else {
            let isRootRelative = decodedPath.hasPrefix("/")
            if isRootRelative, !isUnderSiteURL, !allowsRootRelativeReferences {
                return "root-relative reference: it breaks when the site is opened from disk or under a sub-path"
            }
            let folder = (file as NSString).deletingLastPathComponent
            guard let resolved = Self.normalize(isRootRelative ? decodedPath : folder + "/" + decodedPath) else {
                return "points outside the site folder"
            }
            if site.folders.contains(resolved) || decodedPath.hasSuffix("/") {
                let index = resolved.isEmpty ? "index.html" : resolved + "/index.html"
                guard site.files.contains(index) else {
                    return site.folders.contains(resolved) ? "folder \(resolved)/ has no index.html" : "no such folder"
                }
                target = index
            } else {
                guard site.files.contains(resolved) else { return "no such file: \(resolved)" }
                target = resolved
            }
        }
        guard let fragment, Self.isPage(target) else { return nil }
        guard let id = fragment.removingPercentEncoding else { return "malformed percent-encoding in fragment" }
        // HTML scrolls to the top for an empty fragment and for `top` when no element claims it.
        if id.isEmpty || (id.lowercased() == "top" && !anchors(target).contains(id)) { return nil }
        guard anchors(target).contains(id) else {
            return target == file ? "no element with id \"\(id)\" in this page" : "no element with id \"\(id)\" in \(target)"
        }
        return nil
    }

    /// The `<loc>` values of a sitemap, with their lines.
    private static func sitemapLocations(in text: String) -> [(reference: String, line: Int)] {
        var found: [(String, Int)] = []
        var rest = Substring(text)
        while let open = rest.range(of: "<loc>"), let close = rest[open.upperBound...].range(of: "</loc>") {
            let value = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            let line = text[..<open.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            found.append((decodeCharacterReferences(value), line))
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// The site-relative path of `reference` when it is an absolute URL under `siteURL`, else nil.
    private static func path(of reference: String, under siteURL: URL) -> String? {
        var base = siteURL.absoluteString
        if !base.hasSuffix("/") { base += "/" }
        if reference == String(base.dropLast()) { return "" }
        guard reference.hasPrefix(base) else { return nil }
        return String(reference.dropFirst(base.count))
    }

    private static func hasScheme(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":"), let first = reference.first, first.isASCII, first.isLetter else {
            return false
        }
        return reference[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// `a/./b/../c` as `a/c`, with no leading slash; nil when `..` climbs above the site folder.
    private static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard parts.popLast() != nil else { return nil }
                continue
            }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }

    private static func isPage(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
    }

    private static func isFeedOrSitemap(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".xml") || lowered.hasSuffix(".atom")
    }
}

extension LinkChecker {
    /// The site's files and folders as paths relative to its root, read once, so that lookups match case exactly
    /// even on file systems that ignore case.
    private struct SiteFiles {
        let folder: URL
        var files: Set<String> = []
        var folders: Set<String> = [""]

        init(folder: URL) throws {
            self.folder = folder.standardizedFileURL
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: self.folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw Failure(reason: "\(folder.path) is not a folder")
            }
            guard let enumerator = FileManager.default.enumerator(atPath: self.folder.path) else {
                throw Failure(reason: "cannot list \(folder.path)")
            }
            while let path = enumerator.nextObject() as? String {
                var isEntryFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: self.folder.path + "/" + path, isDirectory: &isEntryFolder)
                if isEntryFolder.boolValue { folders.insert(path) } else { files.insert(path) }
            }
        }

        /// The text of the file at `path`, decoded as UTF-8 with bad bytes replaced.
        func contents(of path: String) -> String {
            let data = FileManager.default.contents(atPath: folder.path + "/" + path) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
