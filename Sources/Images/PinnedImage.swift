/// An image reference that a manifest pins, with the file and line it was read from.
public struct PinnedImage: Sendable, Hashable, Codable {
    /// The image reference as written in the manifest.
    public var reference: ImageReference
    /// The manifest's path, as the caller named it.
    public var file: String
    /// The 1-based line of the reference in the file.
    public var line: Int

    /// Creates a pinned image.
    public init(reference: ImageReference, file: String, line: Int) {
        self.reference = reference
        self.file = file
        self.line = line
    }
}
