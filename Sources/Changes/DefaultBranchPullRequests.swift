import HeraldSupport

/// The default branch's pull requests that a release branch may have picked, indexed by normalised title: where a
/// change no trailer, branch or title form links finds its original.
public struct DefaultBranchPullRequests: Sendable {
    /// One pull request on the default branch.
    public struct Entry: Sendable, Equatable {
        /// Its number.
        public var pullRequest: Int
        /// Its title, cleaned as notes show it.
        public var title: String
        /// When it landed, seconds since 1970.
        public var time: Int

        /// Creates an entry.
        public init(pullRequest: Int, title: String, time: Int) {
            self.pullRequest = pullRequest
            self.title = title
            self.time = time
        }
    }

    private var byTitle: [String: [Entry]] = [:]

    /// Indexes `entries`; one pull request listed twice counts once.
    public init(_ entries: [Entry]) {
        var seen = Set<Int>()
        for entry in entries where seen.insert(entry.pullRequest).inserted {
            let key = Self.normalised(entry.title)
            if !key.isEmpty { byTitle[key, default: []].append(entry) }
        }
    }

    /// The one pull request titled like `title` that landed no later than `time` (a pick follows its original), or
    /// nil when none or several are: a title two changes share links neither.
    public func sameTitle(as title: String, notAfter time: Int) -> Int? {
        let key = Self.normalised(title)
        guard !key.isEmpty else { return nil }
        let matches = (byTitle[key] ?? []).filter { $0.time <= time }
        return matches.count == 1 ? matches[0].pullRequest : nil
    }

    /// Lowercased, runs of white space as one space, without a trailing `(#N)` or full stop: titles as people
    /// retype them. Short titles ("Fix", "Update") are too common to identify anything and normalise to "".
    public static func normalised(_ title: String) -> String {
        // Titles are nearly always ASCII, where bytes give the same words ten times faster: this runs for every pull
        // request on the default branch since the release branches left it.
        title.utf8.isASCII ? normalised(ascii: title) : normalised(characters: title)
    }

    /// `normalised(_:)` of any title, by characters.
    static func normalised(characters title: String) -> String {
        var words = title.lowercased().split(whereSeparator: \.isWhitespace)
        if let last = words.last, last.hasPrefix("(#"), last.hasSuffix(")") { words.removeLast() }
        var text = words.joined(separator: " ")
        while text.hasSuffix(".") { text.removeLast() }
        return words.count < 3 ? "" : text
    }

    /// `normalised(_:)` of an ASCII title, on its bytes: ASCII's white space is tab to carriage return and space.
    static func normalised(ascii title: String) -> String {
        let lowered = title.utf8.lowercasedASCII
        var words = lowered.split { $0 == 0x20 || (0x09...0x0D).contains($0) }
        if let last = words.last, last.starts(with: "(#".utf8), last.last == UInt8(ascii: ")") { words.removeLast() }
        guard words.count >= 3 else { return "" }
        var text = Array(words.joined(separator: [0x20]))
        while text.last == UInt8(ascii: ".") { text.removeLast() }
        return String(decoding: text, as: UTF8.self)
    }
}
