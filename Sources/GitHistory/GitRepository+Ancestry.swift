import Foundation

extension GitRepository {
    /// The commits of `include` but not `exclude` with their parents and nothing else, from one `git log --format=%H %P`.
    ///
    /// For reachability questions only: no message, author or file is read, so it costs a fraction of `graph`.
    /// Lines that are not object names are counted in the graph's `rejectedRecords` and left out.
    public func ancestryGraph(include: [String], exclude: [String] = []) throws -> CommitGraph {
        var graph = CommitGraph()
        guard !include.isEmpty else { return graph }
        let revisions = include + exclude.map { "^" + $0 }
        let input = Data((revisions.joined(separator: "\n") + "\n").utf8)
        var pending: [UInt8] = []
        var rejected = 0
        func take(_ line: ArraySlice<UInt8>) {
            guard !line.isEmpty else { return }
            let names = line.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            guard names.allSatisfy(Self.isObjectName) else {
                rejected += 1
                return
            }
            graph.add(Commit(
                sha: names[0], parents: Array(names.dropFirst()), authorName: "", authorEmail: "",
                authorTime: 0, commitTime: 0, subject: "", body: ""
            ))
        }
        try git(input: input).stream(["-c", "log.showSignature=false", "log", "--format=%H %P", "--stdin"]) { chunk in
            pending.append(contentsOf: chunk)
            guard let last = pending.lastIndex(of: UInt8(ascii: "\n")) else { return }
            for line in pending[..<last].split(separator: UInt8(ascii: "\n")) { take(line) }
            pending.removeSubrange(...last)
        }
        take(pending[...])
        graph.seal(rejectedRecords: rejected)
        return graph
    }
}
