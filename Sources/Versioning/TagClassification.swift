/// What a tag means to one component.
public enum TagClassification: Sendable, Equatable {
    /// A release of the component, with its version.
    case release(SemanticVersion)
    /// A release of another configured component; not this one's business.
    case otherComponent
    /// Not a release of any configured component, with the reason it was skipped.
    case skipped(String)
}
