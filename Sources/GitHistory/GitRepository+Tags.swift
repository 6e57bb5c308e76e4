import Foundation

extension GitRepository {
    /// Every tag that names a commit, read with one `git for-each-ref`.
    ///
    /// Tags of trees or blobs cannot be releases and are left out.
    public func tags() throws -> [Tag] {
        try tags(besides: []).tags
    }

    /// Every tag that names a commit, as `tags()`, and the branch tips of `BranchTips`, from the same `git for-each-ref`.
    public func tagsAndBranches() throws -> (tags: [Tag], branches: BranchTips) {
        let read = try tags(besides: BranchTips.patterns)
        return (read.tags, BranchTips(refs: read.others))
    }

    /// The tags, and the object each ref of `patterns` names, by full ref name, from one `git for-each-ref`.
    private func tags(besides patterns: [String]) throws -> (tags: [Tag], others: [String: String]) {
        let format = "--format=%(refname)%1f%(objecttype)%1f%(objectname)%1f%(*objecttype)%1f%(*objectname)%1f%(creatordate:unix)"
        let data = try git().output(["for-each-ref", format, "refs/tags"] + patterns)
        var tags: [Tag] = []
        var others: [String: String] = [:]
        var nested: [(name: String, time: Int)] = []
        // Split as bytes: Foundation's Data slices are slow enough to show with a thousand tags.
        let lines = data.withUnsafeBytes { raw in
            raw.split(separator: 0x0A).map { line in
                line.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            }
        }
        // Ref names hold no control characters and the other fields are git's own, so nothing shifts them; a line
        // of another shape is left out rather than read.
        for fields in lines {
            // A branch's line: the object it names, as `refTips` reads it.
            if fields.count == 6, !fields[0].hasPrefix("refs/tags/"), Self.isObjectName(fields[2]) {
                others[fields[0]] = fields[2]
                continue
            }
            guard fields.count == 6, fields[0].hasPrefix("refs/tags/"), Self.isObjectName(fields[2]),
                  fields[4].isEmpty || Self.isObjectName(fields[4]) else { continue }
            let name = String(fields[0].dropFirst("refs/tags/".count))
            let time = Int(fields[5]) ?? 0
            if fields[1] == "commit" {
                tags.append(Tag(name: name, commit: fields[2], time: time, isAnnotated: false))
            } else if fields[1] == "tag", fields[3] == "commit" {
                tags.append(Tag(name: name, commit: fields[4], time: time, isAnnotated: true))
            } else if fields[1] == "tag", fields[3] == "tag" {
                nested.append((name, time))
            }
        }
        // for-each-ref peels one level; a tag of a tag needs one more process, and only then.
        let commits = try peel(nested.map { "refs/tags/" + $0.name })
        for (tag, commit) in zip(nested, commits) {
            if let commit { tags.append(Tag(name: tag.name, commit: commit, time: tag.time, isAnnotated: true)) }
        }
        return (tags.sorted { $0.name < $1.name }, others)
    }

    /// The commit each ref peels to, nil where it names no commit, with one `git cat-file --batch-check`.
    func peel(_ refs: [String]) throws -> [String?] {
        guard !refs.isEmpty else { return [] }
        let input = Data(refs.map { "\($0)^{commit}\n" }.joined().utf8)
        let data = try git(input: input).output(["cat-file", "--batch-check=%(objectname)"])
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return refs.indices.map { index in
            // Anything but an object name is "<ref> missing".
            guard index < lines.count, Self.isObjectName(lines[index]) else { return nil }
            return lines[index]
        }
    }

    /// Whether `text` is a full object name: 40 lowercase hex digits (SHA-1) or 64 (SHA-256).
    static func isObjectName(_ text: String) -> Bool {
        (text.utf8.count == 40 || text.utf8.count == 64) && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
