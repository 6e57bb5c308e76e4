import Foundation

extension ScratchRepository {
    /// Writes `files` (or a fresh file when empty), stages everything and commits; returns the full sha.
    @discardableResult
    public func commit(_ message: String, files: [String: String] = [:], author: Person = .alice) throws -> String {
        try commit(message, files: files, author: author, committer: author)
    }

    /// Commits with `message` stored byte for byte (it may be invalid UTF-8); returns the full sha.
    @discardableResult
    public func commit(rawMessage: [UInt8], files: [String: String] = [:], author: Person = .alice) throws -> String {
        try stage(files, note: "raw message commit")
        let tree = try run(["write-tree"])
        // `git commit` and `commit-tree` re-encode invalid UTF-8, so the object is written by hand.
        var header = "tree \(tree)\n"
        if let parent = resolve("HEAD") {
            header += "parent \(parent)\n"
        }
        header += "author \(signature(author))\ncommitter \(signature(author))\n\n"
        let object = Data(header.utf8) + Data(rawMessage)
        let sha = try run(["hash-object", "-t", "commit", "-w", "--stdin"], input: object)
        try run(["update-ref", "HEAD", sha])
        clock += Self.tick
        return sha
    }

    /// Creates branch `name` at `from` (default HEAD) and checks it out.
    public func branch(_ name: String, from: String? = nil) throws {
        try run(["checkout", "-q", "-b", name] + (from.map { [$0] } ?? []))
    }

    /// Checks out a branch, tag or commit.
    public func checkout(_ ref: String) throws {
        try run(["checkout", "-q", ref])
    }

    /// Tags HEAD (or `ref`); annotated when asked or when a message is given, with the tagger date from `clock`.
    public func tag(_ name: String, annotated: Bool = false, message: String? = nil, at ref: String? = nil) throws {
        var arguments = ["tag"]
        if annotated || message != nil {
            arguments += ["-a", "-m", message ?? name]
        }
        try run(arguments + [name] + (ref.map { [$0] } ?? []))
        clock += Self.tick
    }

    /// The full sha of the commit `ref` points to (annotated tags are peeled).
    public func sha(_ ref: String) throws -> String {
        try run(["rev-parse", "--verify", "--end-of-options", ref + "^{commit}"])
    }

    /// The checked-out branch, or nil on a detached HEAD.
    public func currentBranch() throws -> String? {
        let name = try run(["rev-parse", "--abbrev-ref", "HEAD"])
        return name == "HEAD" ? nil : name
    }

    /// Stages and commits with distinct author and committer, then advances the clock.
    @discardableResult
    func commit(_ message: String, files: [String: String], author: Person, committer: Person) throws -> String {
        try stage(files, note: message.split(separator: "\n").first.map(String.init) ?? "change")
        try run(
            ["commit", "-q", "--allow-empty", "--cleanup=whitespace", "-F", "-"],
            input: Data(message.utf8), author: author, committer: committer
        )
        return try stamped()
    }

    /// The sha of HEAD, after advancing the clock past the operation that produced it.
    func stamped() throws -> String {
        clock += Self.tick
        return try sha("HEAD")
    }

    /// The commit sha of `ref`, or nil when it does not exist (such as HEAD before the first commit).
    func resolve(_ ref: String) -> String? {
        // rev-parse --verify -q fails silently for a missing ref; that failure is the answer.
        let found = try? run(["rev-parse", "--verify", "-q", "--end-of-options", ref + "^{commit}"])
        return found?.isEmpty == false ? found : nil
    }

    /// `Name <email> seconds +0000` for the current clock.
    func signature(_ person: Person) -> String {
        "\(person.name) <\(person.email)> \(clock) +0000"
    }
}
