import Foundation

/// An editable notes draft: a small front matter, then Markdown a maintainer may edit freely.
///
/// The front matter records every change the draft was ever offered (`offered`), so an entry a
/// person deleted is not brought back when the draft is regenerated.
public struct DraftDocument: Sendable, Equatable {
    /// Front matter fields in order, `offered` excepted.
    public var fields: [(key: String, value: String)]
    /// Keys of every change the draft has offered (see `DraftMarker`).
    public var offered: [String]
    /// The Markdown after the front matter.
    public var body: String

    /// Creates a draft.
    public init(fields: [(key: String, value: String)], offered: [String], body: String) {
        self.fields = fields
        self.offered = offered
        self.body = body
    }

    /// Whether `text` starts with the `---` front matter that records what the draft offered.
    public static func hasFrontMatter(_ text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.first == "---" && lines.dropFirst().contains("---")
    }

    /// Reads a draft; text without front matter is all body, with nothing offered yet.
    public init(parsing text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else {
            self.init(fields: [], offered: [], body: text)
            return
        }
        var fields: [(key: String, value: String)] = []
        var offered: [String] = []
        for line in lines[1..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if key == "offered" {
                offered = value.split(separator: " ").map(String.init)
            } else {
                fields.append((key, value))
            }
        }
        let body = lines[(end + 1)...].drop { $0.isEmpty }.joined(separator: "\n")
        self.init(fields: fields, offered: offered, body: body)
    }

    /// The draft as a file.
    public var text: String {
        var lines = ["---"] + fields.map { "\($0.key): \($0.value)" }
        lines.append("offered: " + offered.joined(separator: " "))
        lines += ["---", ""]
        return lines.joined(separator: "\n") + "\n" + body
    }

    public static func == (lhs: DraftDocument, rhs: DraftDocument) -> Bool {
        lhs.fields.map(\.key) == rhs.fields.map(\.key) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
            && lhs.offered == rhs.offered && lhs.body == rhs.body
    }
}

extension DraftDocument {
    /// The body as published: without the draft's invisible markers, which only regeneration needs.
    public var publishedBody: String {
        body.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard let key = DraftMarker.key(in: line), let range = line.range(of: " " + DraftMarker.comment(for: key)) ?? line.range(of: DraftMarker.comment(for: key)) else {
                return line
            }
            return line[..<range.lowerBound] + line[range.upperBound...]
        }.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }
}
