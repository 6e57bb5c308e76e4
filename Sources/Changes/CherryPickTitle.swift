/// What a title says about a cherry-pick: a `[release-X.Y]`, `[cherry-pick]` or `release-X.Y:` prefix, and the
/// `cherry-pick` word with the pull requests it names (`Cherry pick of #12, #13 and #14: …`, `Cherrypick #12 …`,
/// `Cherry-pick #12 to release-1.2: …`, `Manual cherry pick of #12: …`, `Cherry-pick fix: …`).
struct CherryPickTitle: Equatable {
    /// Whether the title marks a cherry-pick.
    var isCherryPick = false
    /// Whether the title starts with a release line (`[release-1.2]`, `[1.2]`, `release-1.2:`, `1.2:`): made for that
    /// line, which a pick is, but so are its changelog and tooling updates; only an original found makes it a pick.
    var marksReleaseLine = false
    /// The original pull requests the title names, each once, in order.
    var pullRequests: [Int] = []
    /// The title without its cherry-pick prefix; the title as it was when nothing would be left.
    var title: String

    /// Reads `text` in one pass over its bytes; ordinary titles cost one scan for `cherry` and no copy.
    init(_ text: String) {
        title = text
        guard let first = text.utf8.first else { return }
        let mayHavePrefix = first == UInt8(ascii: "[") || first | 0x20 == UInt8(ascii: "r") || first | 0x20 == UInt8(ascii: "b")
            || (0x30...0x39).contains(first)
        guard mayHavePrefix || TitleScanner.mentionsCherry(text) else { return }
        let scanner = TitleScanner(text)
        var start = 0
        if let prefix = Self.prefixEnd(scanner) {
            if prefix.namesPick { isCherryPick = true } else { marksReleaseLine = true }
            start = scanner.skippingSpaces(from: prefix.end)
            if start < scanner.end { title = scanner.text(from: start) }
        }
        readCherryPickWord(scanner, from: start)
        if !isCherryPick { readBackport(scanner, from: start) }
    }

    /// The position after a `[release-X.Y]`, `[X.Y]`, `[cherry-pick …]`, `release-X.Y:` or `X.Y:` prefix, in any case.
    /// `namesPick` for a `[cherry-pick …]` prefix, false for a release line.
    static func prefixEnd(_ scanner: TitleScanner) -> (end: Int, namesPick: Bool)? {
        if scanner.has("[", at: 0) {
            let version = scanner.has("v", at: 9) ? 10 : 9
            let isRelease = scanner.matches("[release-", at: 0) && scanner.isDigit(at: version)
            if !isRelease, let end = versionEnd(scanner, at: 1), scanner.has("]", at: end) { return (end + 1, false) }
            let namesPick = !isRelease && cherryPickWordEnd(scanner, at: 1) != nil
            guard isRelease || namesPick else { return nil }
            return scanner.bytes.firstIndex(of: UInt8(ascii: "]")).map { ($0 + 1, namesPick) }
        }
        if let end = versionEnd(scanner, at: 0), scanner.has(":", at: end) { return (end + 1, false) }
        guard scanner.matches("release-", at: 0) else { return nil }
        return versionEnd(scanner, at: 8).flatMap { scanner.has(":", at: $0) ? ($0 + 1, false) : nil }
    }

    /// The position after a release line `X.Y` or `vX.Y` (two or more dotted numbers) at `position`, else nil.
    static func versionEnd(_ scanner: TitleScanner, at position: Int) -> Int? {
        var at = scanner.has("v", at: position) ? position + 1 : position, groups = 0, last = at
        while case (_?, let end) = scanner.number(at: at) {
            groups += 1
            last = end
            guard scanner.has(".", at: end) else { break }
            at = end + 1
        }
        return groups >= 2 ? last : nil
    }

    /// The end of a whole word `cherry-pick`, `cherry pick` or `cherrypick` at `position`, in any case.
    static func cherryPickWordEnd(_ scanner: TitleScanner, at position: Int) -> Int? {
        guard !scanner.isWordByte(at: position - 1), !scanner.has("-", at: position - 1),
              scanner.matches("cherry", at: position) else { return nil }
        var at = position + 6
        if scanner.has("-", at: at) || scanner.has(" ", at: at) { at += 1 }
        guard scanner.matches("pick", at: at), !scanner.isWordByte(at: at + 4), !scanner.has("-", at: at + 4) else { return nil }
        return at + 4
    }

    /// Finds `cherry pick of #N` after nothing but words from `start`, or a `cherry-pick` word at `start`, and reads what follows.
    private mutating func readCherryPickWord(_ scanner: TitleScanner, from start: Int) {
        for position in start..<scanner.end {
            // Only plain words may come first: `Revert "Cherry pick of #12: …"` or `docs: cherry pick of #12` is no pick.
            guard scanner.isWordByte(at: position) || scanner.has(" ", at: position) || scanner.has("-", at: position) else { return }
            guard scanner.has("c", at: position), let wordEnd = Self.cherryPickWordEnd(scanner, at: position) else { continue }
            if scanner.matches(" of #", at: wordEnd), scanner.isDigit(at: wordEnd + 5) {
                return readNumbers(scanner, at: wordEnd + 4)
            }
            guard position == start else { continue }
            isCherryPick = true
            let after = scanner.skippingSpaces(from: wordEnd)
            if scanner.has("#", at: after), scanner.isDigit(at: after + 1) { return readNumbers(scanner, at: after) }
            // `Cherry pick of the …` names nothing and has nothing to strip.
            guard !scanner.matches("of ", at: after) else { return }
            // `Cherry-pick to 0.4: Title`: the target line goes with the prefix.
            let target = scanner.skippingSpaces(from: Self.targetEnd(scanner, from: wordEnd))
            let rest = scanner.has(":", at: target) ? scanner.skippingSpaces(from: target + 1) : target
            if rest < scanner.end { title = scanner.text(from: rest) }
            return
        }
    }

    /// `Backport #606 to release-5.0`, `Backport of #12: Title`, `Backport 703: Title`: a backport that names its
    /// original; a backport naming none (`Backport changelog to release-5.0`) says nothing a title check can trust.
    private mutating func readBackport(_ scanner: TitleScanner, from start: Int) {
        guard scanner.matches("backport", at: start), !scanner.isWordByte(at: start + 8), !scanner.has("-", at: start + 8) else { return }
        var after = scanner.skippingSpaces(from: start + 8)
        if scanner.matches("of #", at: after) { after += 3 }
        if scanner.has("#", at: after), scanner.isDigit(at: after + 1) { return readNumbers(scanner, at: after) }
        // A bare number counts only when a colon follows it: `Backport 703: …`.
        let number = scanner.number(at: after)
        guard let value = number.value, value > 0, scanner.has(":", at: number.end) else { return }
        isCherryPick = true
        pullRequests = [value]
        let rest = scanner.skippingSpaces(from: number.end + 1)
        if rest < scanner.end { title = scanner.text(from: rest) }
    }

    /// Reads `#N, #M and #K` from `hash`, an optional `to release-X.Y`, and the title after an optional colon.
    private mutating func readNumbers(_ scanner: TitleScanner, at hash: Int) {
        isCherryPick = true
        var seen = Set<Int>()
        var at = hash, listEnd = hash
        while scanner.has("#", at: at), scanner.isDigit(at: at + 1) {
            let number = scanner.number(at: at + 1)
            if let value = number.value, value > 0, seen.insert(value).inserted { pullRequests.append(value) }
            listEnd = number.end
            at = Self.separatorEnd(scanner, from: listEnd)
        }
        at = scanner.skippingSpaces(from: Self.targetEnd(scanner, from: listEnd))
        if scanner.has(":", at: at) { at = scanner.skippingSpaces(from: at + 1) }
        if at < scanner.end { title = scanner.text(from: at) }
    }

    /// The position after the spaces, commas, `&` and `and` between two numbers.
    private static func separatorEnd(_ scanner: TitleScanner, from position: Int) -> Int {
        var at = position
        while true {
            if scanner.has(" ", at: at) || scanner.has(",", at: at) || scanner.has("&", at: at) {
                at += 1
            } else if scanner.matches("and ", at: at), !scanner.isWordByte(at: at - 1) {
                at += 4
            } else {
                return at
            }
        }
    }

    /// The position after ` to release-1.2` or ` into v1.2`, or `position` when no such target follows.
    private static func targetEnd(_ scanner: TitleScanner, from position: Int) -> Int {
        var at = scanner.skippingSpaces(from: position)
        let word = scanner.matches("to ", at: at) ? 3 : scanner.matches("into ", at: at) ? 5 : 0
        guard word > 0 else { return position }
        at = scanner.skippingSpaces(from: at + word)
        let isBranch = scanner.matches("release", at: at) || scanner.isDigit(at: at)
            || (scanner.has("v", at: at) && scanner.isDigit(at: at + 1))
        guard isBranch else { return position }
        while at < scanner.end, !scanner.has(" ", at: at), !scanner.has(":", at: at) { at += 1 }
        return at
    }
}
