extension NotesDocument {
    /// The indices of `documents` ordered newest date first, ties kept in the order given: how lists of several components read.
    public static func newestFirstOrder(_ documents: [NotesDocument]) -> [Int] {
        documents.indices.sorted { (documents[$0].date?.secondsSince1970 ?? .min, $1) > (documents[$1].date?.secondsSince1970 ?? .min, $0) }
    }
}
