/// The line-by-line reading of a go.mod: directives alone or in `verb ( … )` blocks, one pass, nothing thrown.
///
/// Only `module`, `require` and `replace` are read. Other directives (`go`, `toolchain`, `exclude`, `retract`,
/// `godebug`, `tool`, unknown ones) and their blocks are passed over without being checked or counted.
struct GoModParser {
    /// The limits the reading stops at.
    let limits: GoModLimits
    /// The first `module` path.
    var modulePath: String?
    /// Every valid `require` entry in file order, duplicates included.
    var requirements: [Requirement] = []
    /// Every valid `replace` directive in file order.
    var replacements: [GoReplacement] = []
    /// Lines of `module`, `require` or `replace` that could not be read, plus lines that could not be lexed.
    var skippedLines = 0
    /// Whether a limit stopped the reading.
    var truncated = false
    /// The verb of the block being read; nil outside a block.
    private var blockVerb: String?
    /// Whether the requirement limit ended the reading.
    private var stopped = false

    /// Creates a parser with nothing read.
    init(limits: GoModLimits) {
        self.limits = limits
    }

    /// Reads the file's bytes up to the limits.
    mutating func read(_ bytes: [UInt8]) {
        var text = bytes[...]
        if bytes.count > limits.maximumBytes {
            truncated = true
            let cut = bytes[..<limits.maximumBytes].lastIndex(of: UInt8(ascii: "\n")) ?? 0
            text = bytes[..<cut]
        }
        var start = text.startIndex
        while start < text.endIndex, !stopped {
            let end = text[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            read(line: text[start..<end])
            start = end + 1
        }
    }

    /// Reads one line: a block's end or entry, a block's start, or a directive alone.
    private mutating func read(line bytes: ArraySlice<UInt8>) {
        guard let line = GoModLine(bytes) else {
            skippedLines += 1
            return
        }
        guard let first = line.tokens.first else { return }
        if let verb = blockVerb {
            if first == .closeParenthesis {
                blockVerb = nil
                if line.tokens.count > 1 { skip(verb) }
            } else {
                apply(verb, line.tokens[...], indirect: line.isIndirect)
            }
            return
        }
        guard case .word(let verb) = first else {
            skippedLines += 1
            return
        }
        if line.tokens.count > 1, line.tokens[1] == .openParenthesis {
            // `require ()` opens and closes an empty block; anything else after `(` is not go.mod syntax.
            if line.tokens.count == 3, line.tokens[2] == .closeParenthesis { return }
            blockVerb = verb
            if line.tokens.count > 2 { skip(verb) }
            return
        }
        apply(verb, line.tokens.dropFirst(), indirect: line.isIndirect)
    }

    /// Keeps a valid `module`, `require` or `replace` entry and counts an invalid one; other verbs are ignored.
    private mutating func apply(_ verb: String, _ arguments: ArraySlice<GoModLine.Token>, indirect: Bool) {
        let words = GoModLine.words(arguments)
        switch verb {
        case "module":
            guard modulePath == nil, let words, words.count == 1, GoModulePath.isValid(words[0]) else { return skip(verb) }
            modulePath = words[0]
        case "require":
            guard let words, words.count == 2, GoModulePath.isValid(words[0]), GoSemanticVersion(words[1]) != nil
            else { return skip(verb) }
            guard requirements.count < limits.maximumRequirements else {
                truncated = true
                stopped = true
                return
            }
            requirements.append(Requirement(module: words[0], version: words[1], indirect: indirect))
        case "replace":
            guard let words, let replacement = Self.replacement(words) else { return skip(verb) }
            replacements.append(replacement)
        default:
            return
        }
    }

    /// Counts an unreadable line when its directive is one this reader reads.
    private mutating func skip(_ verb: String) {
        if ["module", "require", "replace"].contains(verb) { skippedLines += 1 }
    }

    /// Reads `old [version] => new [version]`, where a new path without a version must be a directory.
    private static func replacement(_ words: [String]) -> GoReplacement? {
        guard let arrow = words.firstIndex(of: "=>"), arrow == 1 || arrow == 2 else { return nil }
        let old = words[..<arrow]
        let new = words[(arrow + 1)...]
        guard GoModulePath.isValid(old[0]), old.count == 1 || GoSemanticVersion(old[1]) != nil else { return nil }
        let version = old.count == 2 ? old[1] : nil
        switch new.count {
        case 1 where GoModulePath.isLocalDirectory(new[arrow + 1]):
            return GoReplacement(module: old[0], version: version, replacement: new[arrow + 1], replacementVersion: nil)
        case 2 where GoModulePath.isValid(new[arrow + 1]) && GoSemanticVersion(new[arrow + 2]) != nil:
            return GoReplacement(module: old[0], version: version, replacement: new[arrow + 1], replacementVersion: new[arrow + 2])
        default:
            return nil
        }
    }
}
