import Foundation

extension ScratchRepository {
    /// Runs git with the isolated environment and returns standard output minus trailing newlines.
    @discardableResult
    func run(
        _ arguments: [String],
        input: Data? = nil,
        author: Person = .alice,
        committer: Person? = nil,
        environment extra: [String: String] = [:],
        directory: String? = nil
    ) throws -> String {
        let data = try runData(
            arguments, input: input, author: author, committer: committer,
            environment: extra, directory: directory
        )
        var text = String(decoding: data, as: UTF8.self)
        while text.hasSuffix("\n") {
            text.removeLast()
        }
        return text
    }

    /// Runs git with the isolated environment and returns standard output unchanged.
    func runData(
        _ arguments: [String],
        input: Data? = nil,
        author: Person = .alice,
        committer: Person? = nil,
        environment extra: [String: String] = [:],
        directory: String? = nil
    ) throws -> Data {
        let committer = committer ?? author
        let process = GitProcess(
            arguments: configuration(committer: committer) + arguments,
            directory: directory ?? path,
            environment: environment(author: author, committer: committer).merging(extra) { $1 },
            input: input,
            label: arguments.joined(separator: " ")
        )
        return try process.run()
    }

    /// `-c` overrides that pin every setting which could change hashes or prompt.
    private func configuration(committer: Person) -> [String] {
        [
            "user.name=\(committer.name)", "user.email=\(committer.email)",
            "commit.gpgsign=false", "tag.gpgsign=false",
            "init.defaultBranch=main", "core.autocrlf=false",
            "gc.auto=0", "maintenance.auto=false",
            "advice.detachedHead=false", "color.ui=false", "core.pager=cat",
        ].flatMap { ["-c", $0] }
    }

    /// A complete environment: only PATH is inherited, so stray GIT_DIR or user config cannot leak in.
    private func environment(author: Person, committer: Person) -> [String: String] {
        let date = "@\(clock) +0000"
        return [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": supportPath,
            "XDG_CONFIG_HOME": supportPath + "/.config",
            "TMPDIR": supportPath,
            "GIT_CONFIG_GLOBAL": "/dev/null",
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_ATTR_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": author.name,
            "GIT_AUTHOR_EMAIL": author.email,
            "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_NAME": committer.name,
            "GIT_COMMITTER_EMAIL": committer.email,
            "GIT_COMMITTER_DATE": date,
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_EDITOR": "true",
            "GIT_MERGE_AUTOEDIT": "no",
            "LC_ALL": "C",
            "TZ": "UTC",
        ]
    }
}
