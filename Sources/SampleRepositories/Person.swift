/// A git identity used as author, committer or tagger of sample history.
public struct Person: Sendable, Hashable {
    /// The display name, as in `user.name`.
    public var name: String
    /// The email address, as in `user.email`.
    public var email: String

    /// Creates an identity from a name and an email address.
    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}

extension Person {
    /// The default author of sample commits.
    public static let alice = Person(name: "Alice Example", email: "alice@example.com")
    /// The maintainer who merges pull requests.
    public static let bob = Person(name: "Bob Example", email: "bob@example.com")
    /// A third contributor.
    public static let carol = Person(name: "Carol Example", email: "carol@example.com")
    /// The Dependabot bot account, spelled as GitHub records it.
    public static let dependabot = Person(
        name: "dependabot[bot]",
        email: "49699333+dependabot[bot]@users.noreply.github.com"
    )
    /// The committer GitHub records on merges and squashes made in its web interface.
    public static let github = Person(name: "GitHub", email: "noreply@github.com")
}
