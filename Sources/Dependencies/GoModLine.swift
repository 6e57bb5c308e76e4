/// One go.mod line split into tokens the way the Go tool's lexer splits it, and whether it ends `// indirect`.
///
/// Words end at white space, at `//`, and at the marks `( ) [ ] ,`; `"…"` (with `\"` and `\\` escapes) and
/// `` `…` `` quote a word. The scan is one pass over the line and keeps at most `maximumTokens` tokens.
struct GoModLine: Equatable {
    /// A word (unquoted when it was quoted), or one of the marks.
    enum Token: Equatable {
        /// A word such as `require` or `golang.org/x/net`, without its quotes.
        case word(String)
        /// `(`, which opens a block after a verb.
        case openParenthesis
        /// `)`, which closes a block as a line's first token.
        case closeParenthesis
        /// `[`, `]` or `,`, which only retract intervals use.
        case intervalMark
    }

    /// The line's tokens before any comment.
    var tokens: [Token] = []
    /// Whether the comment is `// indirect`, or starts `// indirect;` as Go also accepts.
    var isIndirect = false

    /// The most tokens a line may have; no go.mod directive needs more than six.
    static let maximumTokens = 16

    /// Scans one line without its newline, or returns nil when it cannot be lexed: an unterminated or badly
    /// escaped string, a control character or a brace outside a comment, invalid UTF-8, or too many tokens.
    init?(_ line: ArraySlice<UInt8>) {
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if Self.isSpace(byte) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "/"), index + 1 < line.endIndex, line[index + 1] == UInt8(ascii: "/") {
                isIndirect = Self.marksIndirect(line[(index + 2)...])
                return
            }
            guard tokens.count < Self.maximumTokens else { return nil }
            switch byte {
            case UInt8(ascii: "("): tokens.append(.openParenthesis); index += 1
            case UInt8(ascii: ")"): tokens.append(.closeParenthesis); index += 1
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","): tokens.append(.intervalMark); index += 1
            case UInt8(ascii: "\""), UInt8(ascii: "`"):
                guard let (word, end) = Self.quoted(line, from: index) else { return nil }
                tokens.append(.word(word))
                index = end
            default:
                var end = index
                while end < line.endIndex, Self.isWordByte(line[end]),
                      !(line[end] == UInt8(ascii: "/") && end + 1 < line.endIndex && line[end + 1] == UInt8(ascii: "/")) {
                    end += 1
                }
                guard end > index, let word = String(validating: line[index..<end], as: UTF8.self) else { return nil }
                tokens.append(.word(word))
                index = end
            }
        }
    }

    /// The words alone, or nil when a mark is among the tokens.
    static func words(_ tokens: some Collection<Token>) -> [String]? {
        var words: [String] = []
        for token in tokens {
            guard case .word(let word) = token else { return nil }
            words.append(word)
        }
        return words
    }

    /// Reads a quoted word starting at its opening quote; returns the word and the index after the closing quote.
    private static func quoted(_ line: ArraySlice<UInt8>, from start: Int) -> (String, Int)? {
        let quote = line[start]
        var bytes: [UInt8] = []
        var index = start + 1
        while index < line.endIndex {
            let byte = line[index]
            if byte == quote {
                return String(validating: bytes, as: UTF8.self).map { ($0, index + 1) }
            }
            guard !isControl(byte) || byte == UInt8(ascii: "\t") else { return nil }
            if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
                // Other escapes would only spell characters a module path cannot hold.
                guard index + 1 < line.endIndex, line[index + 1] == quote || line[index + 1] == byte else { return nil }
                index += 1
            }
            bytes.append(line[index])
            index += 1
        }
        return nil
    }

    /// Whether the text after `//` is `indirect`, alone or before `;`, with any white space around.
    private static func marksIndirect(_ comment: ArraySlice<UInt8>) -> Bool {
        let text = comment.drop(while: isSpace)
        let word = Array("indirect".utf8)
        guard text.starts(with: word) else { return false }
        let after = text.dropFirst(word.count)
        return after.allSatisfy(isSpace) || after.first == UInt8(ascii: ";")
    }

    /// Space, tab, newline, vertical tab, form feed or carriage return (so CRLF files read like LF ones).
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// An ASCII control character, which go.mod allows only as white space.
    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F
    }

    /// Bytes that continue a word: not space, not a mark or quote, not a control character, not a brace.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\""), UInt8(ascii: "`"):
            return false
        default:
            return !isSpace(byte) && !isControl(byte)
        }
    }
}
