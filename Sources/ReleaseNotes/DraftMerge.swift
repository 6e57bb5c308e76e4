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

    /// The edited body brought up to date with `fresh`, a newly generated body of the same range, whose
    /// changes have the keys `current`.
    ///
    /// The keys come from the release model, not from reading `fresh`, so what a template prints never
    /// decides which edited entries stay.
    public func merged(with fresh: String, current: Set<String>) -> String {
        let freshBlocks = DraftBlocks(fresh)
        var blocks = DraftBlocks(edited)
        // Changes that left the range (a revert arrived) lose their entries; an empty range is no
        // evidence that anything left, so it removes nothing.
        if !current.isEmpty {
            blocks.removeEntries { entry in entry.key.map { !current.contains($0) } ?? false }
        }
        let known = Set(offered).union(blocks.keptEntries.compactMap(\.key))
        for entry in freshBlocks.entries {
            guard let key = entry.key, !known.contains(key) else { continue }
            blocks.insert(entry, under: entry.heading, headingLine: entry.headingLine)
        }
        return blocks.text
    }
}
