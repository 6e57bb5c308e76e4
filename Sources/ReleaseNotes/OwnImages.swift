import Images

/// Which pinned images are the component's own: an example manifest pinning the release's own image says nothing
/// about the images the release depends on, and must not drive its version.
public enum OwnImages {
    /// The names in `configured` (the component's `images`), and every pinned image whose tag is one of the component's
    /// release tags (`releaseTags`): its tag at a release equals a release's tag, so it tracks the component's versions.
    public static func names(configured: [String], pinned: [ImageReference], releaseTags: Set<String>) -> [String] {
        var names = configured
        var seen = Set(configured)
        for reference in pinned.sorted(by: { $0.name < $1.name }) {
            guard let tag = reference.tag, releaseTags.contains(tag), seen.insert(reference.name).inserted else { continue }
            names.append(reference.name)
        }
        return names
    }
}
