import HeraldSupport

/// Image references already parsed, by their text, shared by every manifest scan in the process: a project's releases
/// pin the same few images in thousands of manifests, and parsing one costs microseconds.
///
/// Bounded: past `capacity` texts, or beyond `longestText` bytes (longer than any valid reference), a text is parsed
/// and not kept, so endless or enormous values cost no more memory.
final class ReferenceMemo: Sendable {
    /// The one memo every scan shares; scans run on several threads.
    static let shared = ReferenceMemo()
    /// How many texts are kept at most.
    static let capacity = 4_096
    /// The longest text kept, in bytes.
    static let longestText = 1_024
    private let parsed = Locked<[String: Result<ImageReference, ImagesError>]>([:])

    /// `ImageReference(parsing: text)`, or the problem it throws.
    func reference(parsing text: String) -> Result<ImageReference, ImagesError> {
        let parse = { Result { () throws(ImagesError) -> ImageReference in try ImageReference(parsing: text) } }
        guard text.utf8.count <= Self.longestText else { return parse() }
        if let known = parsed.read({ $0[text] }) { return known }
        let result = parse()
        parsed.update { if $0.count < Self.capacity { $0[text] = result } }
        return result
    }

    /// How many texts are kept now.
    var count: Int { parsed.read(\.count) }
}
