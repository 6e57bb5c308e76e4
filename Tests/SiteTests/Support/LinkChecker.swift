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

    /// The ids of every element in `html`, and the names of its `a` elements: what a fragment can point at.
    static func anchors(inHTML html: String) -> Set<String> {
        var anchors: Set<String> = []
        for found in attributeValues(in: html, skippingRawText: true) {
            if found.attribute == "id" || (found.attribute == "name" && found.element == "a") {
                anchors.insert(found.value)
            }
        }
        return anchors
    }

    /// The URLs of a `srcset` value, without their width or density descriptors.
    static func urls(inSrcset value: String) -> [String] {
        value.split(separator: ",").compactMap { candidate in
            candidate.split(whereSeparator: \.isWhitespace).first.map(String.init)
        }
    }

    /// Every attribute of every start tag in `text`, in order, with character references decoded; comments,
    /// doctypes and processing instructions are passed over, and with `skippingRawText` so is the content of
    /// `script`, `style`, `textarea` and `title`, whose markup-like text is not markup.
    static func attributeValues(in text: String, skippingRawText: Bool) -> [AttributeValue] {
        var scanner = TagScanner(bytes: Array(text.utf8))
        var found: [AttributeValue] = []
        while let tag = scanner.nextStartTag() {
            for (name, value) in tag.attributes {
                found.append(AttributeValue(element: tag.name, attribute: name, value: value, line: tag.line))
            }
            if skippingRawText, ["script", "style", "textarea", "title"].contains(tag.name) {
                scanner.skipRawText(closing: tag.name)
            }
        }
        return found
    }

    /// `&amp;`, `&#38;` and `&#x26;` and the other common character references of `text`, decoded.
    static func decodeCharacterReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result.append("&")
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = namedCharacterReferences[String(name)]
            }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    /// The named character references a generator plausibly writes in an attribute.
    static let namedCharacterReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "num": "#", "percnt": "%", "quest": "?", "equals": "=", "sol": "/", "colon": ":", "period": ".",
        "lpar": "(", "rpar": ")", "plus": "+", "comma": ",", "hyphen": "-",
    ]

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

    /// A forgiving scanner of HTML or XML start tags over UTF-8 bytes, following HTML's tokenizer where it matters:
    /// attribute values may be double-quoted, single-quoted or bare, and names are case-insensitive.
    private struct TagScanner {
        let bytes: [UInt8]
        var position = 0
        var line = 1
        private var lineCountedUpTo = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// The next start tag's name, attributes and line, or nil at the end.
        mutating func nextStartTag() -> (name: String, attributes: [(String, String)], line: Int)? {
            while position < bytes.count {
                guard bytes[position] == UInt8(ascii: "<") else {
                    position += 1
                    continue
                }
                if starts(with: "<!--") {
                    skip(past: "-->", from: position + 4)
                } else if starts(with: "<![CDATA[") {
                    skip(past: "]]>", from: position + 9)
                } else if starts(with: "<!") || starts(with: "<?") || starts(with: "</") {
                    skip(past: ">", from: position + 2)
                } else if position + 1 < bytes.count, Self.isLetter(bytes[position + 1]) {
                    let tagLine = lineNumber(at: position)
                    position += 1
                    let name = readName(stoppingAt: [])
                    let attributes = readAttributes()
                    return (name, attributes, tagLine)
                } else {
                    position += 1
                }
            }
            return nil
        }

        /// Moves past the content of a raw-text element up to and including `</name>`.
        mutating func skipRawText(closing name: String) {
            let closing = Array("</\(name)".utf8)
            while position < bytes.count {
                if bytes[position] == UInt8(ascii: "<"), position + closing.count <= bytes.count,
                   zip(bytes[position..<position + closing.count], closing).allSatisfy({ Self.lower($0) == $1 }) {
                    skip(past: ">", from: position + closing.count)
                    return
                }
                position += 1
            }
        }

        private mutating func readAttributes() -> [(String, String)] {
            var attributes: [(String, String)] = []
            while position < bytes.count {
                skipWhitespace()
                guard position < bytes.count else { break }
                let byte = bytes[position]
                if byte == UInt8(ascii: ">") {
                    position += 1
                    break
                }
                if byte == UInt8(ascii: "/") {
                    position += 1
                    continue
                }
                let name = readName(stoppingAt: [UInt8(ascii: "=")])
                if name.isEmpty {
                    position += 1
                    continue
                }
                skipWhitespace()
                var value = ""
                if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    skipWhitespace()
                    value = readValue()
                }
                attributes.append((name, LinkChecker.decodeCharacterReferences(value)))
            }
            return attributes
        }

        private mutating func readValue() -> String {
            guard position < bytes.count else { return "" }
            let quote = bytes[position]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let start = position + 1
                var end = start
                while end < bytes.count, bytes[end] != quote { end += 1 }
                position = min(end + 1, bytes.count)
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            let start = position
            while position < bytes.count, !Self.isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                position += 1
            }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        private mutating func readName(stoppingAt extra: [UInt8]) -> String {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if Self.isWhitespace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || extra.contains(byte) {
                    break
                }
                position += 1
            }
            return String(decoding: bytes[start..<position].map(Self.lower), as: UTF8.self)
        }

        private mutating func skipWhitespace() {
            while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
        }

        private mutating func skip(past terminator: String, from start: Int) {
            let pattern = Array(terminator.utf8)
            var index = start
            while index + pattern.count <= bytes.count {
                if bytes[index] == pattern[0], Array(bytes[index..<index + pattern.count]) == pattern {
                    position = index + pattern.count
                    return
                }
                index += 1
            }
            position = bytes.count
        }

        private func starts(with prefix: String) -> Bool {
            let pattern = Array(prefix.utf8)
            return position + pattern.count <= bytes.count && Array(bytes[position..<position + pattern.count]) == pattern
        }

        /// The 1-based line of `offset`; offsets only grow, so lines are counted once.
        private mutating func lineNumber(at offset: Int) -> Int {
            while lineCountedUpTo < offset {
                if bytes[lineCountedUpTo] == UInt8(ascii: "\n") { line += 1 }
                lineCountedUpTo += 1
            }
            return line
        }

        private static func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }

        private static func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }

        private static func lower(_ byte: UInt8) -> UInt8 {
            byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        }
    }
}
