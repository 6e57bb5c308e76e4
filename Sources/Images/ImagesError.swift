/// An error from the Images module; each case names the problem, and `description` is its one lowercase line.
public enum ImagesError: Error, Equatable, Hashable, CustomStringConvertible, Sendable {
    /// An image reference that is the empty string.
    case emptyReference
    /// An image reference (as written) that breaks the reference grammar in the way `problem` says.
    case invalidReference(String, problem: ReferenceProblem)
    /// An image name, as configuration gives it, that carries a tag or digest.
    case nameHasTagOrDigest(String)

    /// The error as one line: `image reference 'TEXT': what is wrong and how to write it`.
    public var description: String {
        switch self {
        case .emptyReference:
            return "image reference: reference is empty; write at least a path such as 'ubuntu'"
        case .invalidReference(let text, let problem):
            return "image reference '\(ImageReference.printable(text))': \(problem)"
        case .nameHasTagOrDigest(let text):
            return "image name '\(ImageReference.printable(text))': name has a tag or digest; write the name alone, "
                + "such as 'registry.k8s.io/sig-storage/csi-provisioner'"
        }
    }
}
