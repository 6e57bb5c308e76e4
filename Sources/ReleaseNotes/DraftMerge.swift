/// Regenerates a draft's body without losing a person's edits.
///
/// Entries are list items whose marker names their change. An entry keeps its wording and place;
/// an offered entry that is gone stays gone; an entry whose change left the range is removed; a
/// new change is added under its section's heading (the heading is added when missing). Every
/// other line, prose included, is kept as it is.
public struct DraftMerge: Sendable {
    /// The body as the person left it.
    public var edited: String
    /// Keys the draft offered before.
    public var offered: [String]

    /// Creates a merge of an edited body.
    public init(edited: String, offered: [String]) {
        self.edited = edited
        self.offered = offered
    }

    /// The edited body brought up to date with `fresh`, a newly generated body of the same range.
    public func merged(with fresh: String) -> String {
        let freshBlocks = DraftBlocks(fresh)
        let current = Set(freshBlocks.entries.compactMap(\.key))
        var blocks = DraftBlocks(edited)
        // Changes that left the range (a revert arrived) lose their entries.
        blocks.removeEntries { entry in entry.key.map { !current.contains($0) } ?? false }
        let known = Set(offered).union(blocks.keptEntries.compactMap(\.key))
        for entry in freshBlocks.entries {
            guard let key = entry.key, !known.contains(key) else { continue }
            blocks.insert(entry, under: entry.heading, headingLine: entry.headingLine)
        }
        return blocks.text
    }
}
