/// How a scratch repository names its objects: `git init --object-format`.
public enum ObjectFormat: String, Sendable, CaseIterable {
    /// 40 hex digits, git's default.
    case sha1
    /// 64 hex digits; repositories in this format cannot exchange objects with SHA-1 ones.
    case sha256

    /// The length of an object name in hex digits.
    public var hexLength: Int { self == .sha1 ? 40 : 64 }
}
