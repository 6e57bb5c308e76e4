/// The changes of one range: those for the notes and those left out, both newest first.
public struct DetectedChanges: Sendable, Equatable {
    /// Changes for the notes.
    public var changes: [Change]
    /// Changes left out, each with its reason.
    public var excluded: [ExcludedChange]

    /// Creates a result.
    public init(changes: [Change] = [], excluded: [ExcludedChange] = []) {
        self.changes = changes
        self.excluded = excluded
    }
}
