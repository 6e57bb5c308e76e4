import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks an Atom feed against the MUSTs of RFC 4287 that a generator can break.
///
/// Checked: the root is `feed` in the Atom namespace; the feed and each entry have exactly one `id`, `title` and
/// `updated`, and at most one of the elements the RFC allows once; there is an `author` on the feed or on every
/// entry; every person has exactly one `name`; `updated` and `published` are RFC 3339 date-times; ids are absolute
/// IRIs; links have an `href`, and at most one `alternate` link per `type` and `hreflang`; an entry without
/// `content` has an `alternate` link; no two entries share both `id` and `updated`; text constructs and `content`
/// of type `text` or `html` hold only text (HTML escaped), and of type `xhtml` exactly one XHTML `div`.
struct AtomFeedChecker: Sendable {
    /// One requirement the feed breaks.
    struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// Where, as a path such as `feed/entry[2]/updated`.
        var location: String
        /// What is wrong.
        var message: String

        /// The problem as `location: message`, for test failure messages.
        var description: String { "\(location): \(message)" }
    }

    /// The Atom namespace.
    static let atomNamespace = "http://www.w3.org/2005/Atom"
    /// The XHTML namespace, which `type="xhtml"` content must use for its `div`.
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"

    /// The problems of the feed in `file`; a file that cannot be read or parsed gives one problem saying so.
    static func problems(inFeedAt file: URL) -> [Problem] {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return [Problem(location: file.lastPathComponent, message: "cannot read \(file.path)")]
        }
        return problems(inFeed: data)
    }

    /// The problems of the feed in `data`; empty when it meets every checked requirement.
    static func problems(inFeed data: Data) -> [Problem] {
        // FoundationXML's XMLDocument on Linux accepts broken XML in recovery mode and crashes on a document
        // without a root element, so the stricter streaming parser vets the data first.
        if let error = WellFormednessCheck.error(in: data) {
            return [Problem(location: "feed", message: "not well-formed XML: \(error)")]
        }
        let document: XMLDocument
        do {
            document = try XMLDocument(data: data, options: [])
        } catch {
            return [Problem(location: "feed", message: "not well-formed XML: \(error.localizedDescription)")]
        }
        // The nodes do not keep their document alive, and freeing it frees them, so it must outlive the checks.
        return withExtendedLifetime(document) {
            guard let feed = document.rootElement() else {
                return [Problem(location: "feed", message: "the document has no root element")]
            }
            return problems(inFeedElement: feed)
        }
    }

    /// The problems of a parsed `feed` element whose document is kept alive by the caller.
    private static func problems(inFeedElement feed: XMLElement) -> [Problem] {
        guard feed.localName == "feed", feed.uri == atomNamespace else {
            let name = feed.localName ?? feed.name ?? "?"
            return [Problem(
                location: name,
                message: "the root element is \(name) in namespace \(feed.uri ?? "none"), not feed in \(atomNamespace)"
            )]
        }
        var found: [Problem] = []
        let entries = children(of: feed, named: "entry")
        checkCommonElements(of: feed, at: "feed", into: &found)
        for name in ["generator", "icon", "logo", "subtitle"] {
            checkAtMostOne(name, in: feed, at: "feed", into: &found)
        }
        let feedHasAuthor = !children(of: feed, named: "author").isEmpty
        var seenEntries: Set<String> = []
        for (offset, entry) in entries.enumerated() {
            let location = "feed/entry[\(offset + 1)]"
            checkCommonElements(of: entry, at: location, into: &found)
            for name in ["content", "published", "source", "summary"] {
                checkAtMostOne(name, in: entry, at: location, into: &found)
            }
            for published in children(of: entry, named: "published") {
                checkDate(published, at: "\(location)/published", into: &found)
            }
            let sourceAuthors = children(of: entry, named: "source").flatMap { children(of: $0, named: "author") }
            if !feedHasAuthor, children(of: entry, named: "author").isEmpty, sourceAuthors.isEmpty {
                found.append(Problem(location: location, message: "no author, and the feed has none either"))
            }
            let contents = children(of: entry, named: "content")
            for content in contents {
                checkContent(content, at: "\(location)/content", into: &found)
            }
            if let summary = children(of: entry, named: "summary").first {
                checkText(summary, at: "\(location)/summary", into: &found)
            }
            let alternates = children(of: entry, named: "link").filter {
                (attribute("rel", of: $0) ?? "alternate") == "alternate"
            }
            if contents.isEmpty, alternates.isEmpty {
                found.append(Problem(location: location, message: "neither content nor a link with rel=\"alternate\""))
            }
            let key = [
                children(of: entry, named: "id").first?.stringValue ?? "",
                children(of: entry, named: "updated").first?.stringValue ?? "",
            ].joined(separator: "\n")
            if !seenEntries.insert(key).inserted {
                found.append(Problem(location: location, message: "another entry has the same id and updated"))
            }
        }
        return found
    }

    /// The rules for what feeds and entries have in common: id, title, updated, rights, people and links.
    private static func checkCommonElements(of element: XMLElement, at location: String, into found: inout [Problem]) {
        for name in ["id", "title", "updated"] {
            let count = children(of: element, named: name).count
            if count != 1 {
                let message = count == 0 ? "no \(name)" : "\(count) \(name) elements, where exactly one is allowed"
                found.append(Problem(location: location, message: message))
            }
        }
        checkAtMostOne("rights", in: element, at: location, into: &found)
        for id in children(of: element, named: "id") {
            let value = (id.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !isAbsoluteIRI(value) {
                found.append(Problem(location: "\(location)/id", message: "\"\(value)\" is not an absolute IRI"))
            }
        }
        for updated in children(of: element, named: "updated") {
            checkDate(updated, at: "\(location)/updated", into: &found)
        }
        for name in ["title", "subtitle", "rights"] {
            for text in children(of: element, named: name) {
                checkText(text, at: "\(location)/\(name)", into: &found)
            }
        }
        for name in ["author", "contributor"] {
            for (offset, person) in children(of: element, named: name).enumerated() {
                let personLocation = "\(location)/\(name)[\(offset + 1)]"
                let names = children(of: person, named: "name").count
                if names != 1 {
                    found.append(Problem(location: personLocation, message: "\(names) name elements, where exactly one is required"))
                }
                checkAtMostOne("uri", in: person, at: personLocation, into: &found)
                checkAtMostOne("email", in: person, at: personLocation, into: &found)
            }
        }
        var alternates: Set<String> = []
        for (offset, link) in children(of: element, named: "link").enumerated() {
            let linkLocation = "\(location)/link[\(offset + 1)]"
            if attribute("href", of: link) == nil {
                found.append(Problem(location: linkLocation, message: "no href"))
            }
            guard (attribute("rel", of: link) ?? "alternate") == "alternate" else { continue }
            let type = attribute("type", of: link) ?? ""
            let language = attribute("hreflang", of: link) ?? ""
            if !alternates.insert(type + "\n" + language).inserted {
                found.append(Problem(
                    location: linkLocation,
                    message: "a second rel=\"alternate\" link with type \"\(type)\" and hreflang \"\(language)\""
                ))
            }
        }
    }

    /// A text construct (title, subtitle, summary, rights): text and html hold text only, xhtml one XHTML div.
    private static func checkText(_ element: XMLElement, at location: String, into found: inout [Problem]) {
        let type = attribute("type", of: element) ?? "text"
        guard ["text", "html", "xhtml"].contains(type) else {
            found.append(Problem(location: location, message: "type \"\(type)\" is not text, html or xhtml"))
            return
        }
        checkMarkup(element, type: type, at: location, into: &found)
    }

    /// `content`: like a text construct, and empty when it points elsewhere with `src`.
    private static func checkContent(_ element: XMLElement, at location: String, into found: inout [Problem]) {
        let type = attribute("type", of: element) ?? "text"
        if attribute("src", of: element) != nil {
            if !(element.children ?? []).isEmpty {
                found.append(Problem(location: location, message: "content with src must be empty"))
            }
            return
        }
        if ["text", "html", "xhtml"].contains(type) {
            checkMarkup(element, type: type, at: location, into: &found)
        }
    }

    private static func checkMarkup(_ element: XMLElement, type: String, at location: String, into found: inout [Problem]) {
        let childElements = (element.children ?? []).compactMap { $0 as? XMLElement }
        if type == "xhtml" {
            let divs = childElements.filter { $0.localName == "div" && $0.uri == xhtmlNamespace }
            if childElements.count != 1 || divs.count != 1 {
                found.append(Problem(location: location, message: "type=\"xhtml\" must hold exactly one div in \(xhtmlNamespace)"))
            }
        } else if let first = childElements.first {
            let hint = type == "html" ? "; the HTML must be escaped as text" : ""
            found.append(Problem(
                location: location,
                message: "type=\"\(type)\" holds the element <\(first.name ?? "?")>\(hint)"
            ))
        }
    }

    private static func checkDate(_ element: XMLElement, at location: String, into found: inout [Problem]) {
        let value = (element.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !isRFC3339DateTime(value) {
            found.append(Problem(location: location, message: "\"\(value)\" is not an RFC 3339 date-time"))
        }
    }

    private static func checkAtMostOne(_ name: String, in element: XMLElement, at location: String, into found: inout [Problem]) {
        let count = children(of: element, named: name).count
        if count > 1 {
            found.append(Problem(location: location, message: "\(count) \(name) elements, where at most one is allowed"))
        }
    }

    /// The value of the attribute `name` (in no namespace) of `element`.
    ///
    /// FoundationXML's `attribute(forName:)` on Linux finds nothing on an element in a namespace, so this looks
    /// through the attributes by name; an unprefixed name is in no namespace. It must not ask an attribute for
    /// its `uri` or `localName`: on Linux those read past libxml2's attribute struct and can crash.
    private static func attribute(_ name: String, of element: XMLElement) -> String? {
        (element.attributes ?? []).first { $0.name == name }?.stringValue
    }

    /// The child elements of `element` named `name` in the Atom namespace.
    private static func children(of element: XMLElement, named name: String) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == name && $0.uri == atomNamespace }
    }

    /// Whether `value` is an RFC 3339 `date-time` as RFC 4287 requires: `2024-05-01T10:00:00Z`, optionally with
    /// fractional seconds, and an offset `Z` or `±hh:mm`; `T` and `Z` uppercase, every field in range.
    static func isRFC3339DateTime(_ value: String) -> Bool {
        let characters = Array(value.utf8)
        func number(_ start: Int, _ length: Int) -> Int? {
            guard start + length <= characters.count else { return nil }
            var result = 0
            for byte in characters[start..<start + length] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                result = result * 10 + Int(byte - 0x30)
            }
            return result
        }
        func character(_ index: Int, is expected: Character) -> Bool {
            index < characters.count && characters[index] == expected.asciiValue
        }
        guard let year = number(0, 4), character(4, is: "-"), let month = number(5, 2), character(7, is: "-"),
              let day = number(8, 2), character(10, is: "T"), let hour = number(11, 2), character(13, is: ":"),
              let minute = number(14, 2), character(16, is: ":"), let second = number(17, 2) else { return false }
        var index = 19
        if character(index, is: ".") {
            index += 1
            let digitsStart = index
            while index < characters.count, characters[index] >= 0x30, characters[index] <= 0x39 { index += 1 }
            guard index > digitsStart else { return false }
        }
        if character(index, is: "Z") {
            index += 1
        } else if character(index, is: "+") || character(index, is: "-") {
            guard let offsetHour = number(index + 1, 2), character(index + 3, is: ":"), let offsetMinute = number(index + 4, 2),
                  offsetHour <= 23, offsetMinute <= 59 else { return false }
            index += 6
        } else {
            return false
        }
        let isLeapYear = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let daysInMonth = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard index == characters.count, (1...12).contains(month) else { return false }
        return (1...daysInMonth[month - 1]).contains(day) && hour <= 23 && minute <= 59 && second <= 60
    }

    /// Whether `value` is an absolute IRI: a scheme, a colon and something after it, without spaces.
    static func isAbsoluteIRI(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":"), let first = value.first, first.isASCII, first.isLetter,
              value[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
              value.index(after: colon) < value.endIndex else { return false }
        return !value.contains(where: \.isWhitespace)
    }
}

extension AtomFeedChecker {
    /// Parses a document with `XMLParser` only to learn whether it is well-formed.
    private final class WellFormednessCheck: NSObject, XMLParserDelegate {
        private var sawRootElement = false

        /// Why `data` is not a well-formed XML document with a root element, or nil when it is.
        static func error(in data: Data) -> String? {
            let parser = XMLParser(data: data)
            let check = WellFormednessCheck()
            parser.delegate = check
            let parsed = parser.parse()
            // On Linux `parse()` can return true and still leave an error, so both are looked at.
            if let error = parser.parserError as NSError? {
                return "parser error \(error.code) at line \(parser.lineNumber), column \(parser.columnNumber)"
            }
            if !parsed { return "the parser gave up at line \(parser.lineNumber)" }
            return check.sawRootElement ? nil : "no root element"
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            sawRootElement = true
        }
    }
}
