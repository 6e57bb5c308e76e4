/// One commit as git log reports it.
public struct Commit: Sendable, Equatable {
    /// The full object name.
    public var sha: String
    /// Parent object names, first parent first.
    public var parents: [String]
    /// The author's name.
    public var authorName: String
    /// The author's email address.
    public var authorEmail: String
    /// Author date, seconds since 1970.
    public var authorTime: Int
    /// Committer date, seconds since 1970.
    public var commitTime: Int
    /// The subject line (the first paragraph, folded onto one line).
    public var subject: String
    /// The message after the subject, without trailing newlines.
    public var body: String
    /// Paths the commit changed, when read with file lists (a merge against its first parent); else empty.
    public var files: [String]

    /// Creates a commit from its parsed fields.
    public init(
        sha: String, parents: [String], authorName: String, authorEmail: String,
        authorTime: Int, commitTime: Int, subject: String, body: String, files: [String] = []
    ) {
        self.sha = sha
        self.parents = parents
        self.authorName = authorName
        self.authorEmail = authorEmail
        self.authorTime = authorTime
        self.commitTime = commitTime
        self.subject = subject
        self.body = body
        self.files = files
    }

    /// The first seven characters of the object name.
    public var shortSHA: String { String(sha.prefix(7)) }

    /// Whether the commit has more than one parent.
    public var isMerge: Bool { parents.count > 1 }
}
