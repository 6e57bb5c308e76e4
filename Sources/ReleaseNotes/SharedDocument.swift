/// One notes document held by reference, so that many values can point at it for the cost of one retain each.
final class SharedDocument: Sendable {
    /// The document.
    let document: NotesDocument

    /// Holds `document`.
    init(_ document: NotesDocument) {
        self.document = document
    }
}
