/// A draft body cut into lines, with its list entries found: an entry is a `- ` line and its indented continuation.
struct DraftBlocks {
    /// One entry: where it is, its lines and the key of its marker.
    struct Entry {
        /// The lines of the entry.
        var lines: [Substring]
        /// Its change's key, nil when the person wrote the entry by hand.
        var key: String?
        /// The `###` heading it sits under, nil before any.
        var heading: String?
        /// The full heading line.
        var headingLine: Substring?
    }

    /// Lines that are not entries, and entries, in order.
    enum Part {
        case line(Substring)
        case entry(Int)
    }

    private(set) var parts: [Part] = []
    private(set) var entries: [Entry] = []
    /// Entries taken out; their parts stay, so indices keep pointing at the right entries.
    private var removed = Set<Int>()

    /// The entries still in the body.
    var keptEntries: [Entry] { entries.indices.filter { !removed.contains($0) }.map { entries[$0] } }

    /// Cuts `text` into parts.
    init(_ text: String) {
        var heading: (String, Substring)?
        var open: Entry?
        func close() {
            guard let entry = open else { return }
            parts.append(.entry(entries.count))
            entries.append(entry)
            open = nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("- ") || line.hasPrefix("* ") {
                close()
                open = Entry(lines: [line], key: DraftMarker.key(in: line), heading: heading?.0, headingLine: heading?.1)
            } else if line.hasPrefix("  "), open != nil {
                open?.lines.append(line)
                if open?.key == nil { open?.key = DraftMarker.key(in: line) }
            } else {
                close()
                if line.hasPrefix("#") { heading = (line.drop { $0 == "#" || $0 == " " }.lowercased(), line) }
                parts.append(.line(line))
            }
        }
        close()
    }

    /// Takes out the entries `shouldRemove` picks.
    mutating func removeEntries(where shouldRemove: (Entry) -> Bool) {
        for index in entries.indices where shouldRemove(entries[index]) { removed.insert(index) }
    }

    /// The body again.
    var text: String {
        parts.flatMap { part -> [Substring] in
            switch part {
            case .line(let line): return [line]
            case .entry(let index): return removed.contains(index) ? [] : entries[index].lines
            }
        }.joined(separator: "\n")
    }

    /// Adds `entry` after the last entry under the heading named `heading`, or under a new heading at the end.
    mutating func insert(_ entry: Entry, under heading: String?, headingLine: Substring?) {
        let index = entries.count
        entries.append(entry)
        if let heading, let last = parts.lastIndex(where: { part in
            if case .entry(let i) = part { return i < entries.count - 1 && !removed.contains(i) && entries[i].heading == heading }
            if case .line(let line) = part { return line.hasPrefix("#") && line.drop { $0 == "#" || $0 == " " }.lowercased() == heading }
            return false
        }) {
            // Right after the heading itself, leave its blank line in place.
            var position = last + 1
            if case .line(let line) = parts[last], line.hasPrefix("#"), position < parts.count, case .line("") = parts[position] {
                position += 1
            }
            parts.insert(.entry(index), at: position)
            return
        }
        var position = parts.count
        while position > 0, case .line("") = parts[position - 1] { position -= 1 }
        let added: [Part] = (headingLine.map { [.line(""), .line($0), .line("")] } ?? [.line("")]) + [.entry(index)]
        parts.insert(contentsOf: added, at: position)
    }
}
