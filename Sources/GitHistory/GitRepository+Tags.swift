import Foundation
import HeraldSupport

extension GitRepository {
    /// Every tag that names a commit, as `tags()`, and the branch tips of `BranchTips`, from two `git for-each-ref`
    /// run at the same time.
    ///
    /// Branches are read apart: in the tags' read, git would parse each branch's commit for fields only tags use,
    /// and a pattern outside `refs/tags` makes it list every ref, thousands of release branches on a long-lived project.
    public func tagsAndBranches() throws -> (tags: [Tag], branches: BranchTips) {
        let repository = self
        let (tags, branches) = try SideBySide.run({ try self.tags() }, beside: { try repository.refTips(BranchTips.patterns) })
        return (tags, BranchTips(refs: branches))
    }

    /// Every tag that names a commit, sorted by name, read with two `git for-each-ref` of `refs/tags` at once, each
    /// of one half (`tagHalves`).
    ///
    /// Tags of trees or blobs cannot be releases and are left out.
    public func tags() throws -> [Tag] {
        // git parses each commit for the date and the peeled type anyway, so its tree costs nothing more here, and
        // saves a commit read for every release whose files are read later.
        let format = "--format=%(refname)%1f%(objecttype)%1f%(objectname)%1f%(*objecttype)%1f%(*objectname)%1f%(creatordate:unix)"
            + "%1f%(tree)%1f%(*tree)"
        // Peeling and parsing every tag's objects is one core's work in git: at 20,000 loose tags two halves read at
        // once take 285 ms where one read takes 350. Each half is read as soon as its git is done.
        let repository = self
        let half = { @Sendable (patterns: [String]) throws -> (tags: [Tag], nested: [(name: String, time: Int)]) in
            Self.readTags(try repository.git().output(["for-each-ref", format] + patterns))
        }
        let (first, second) = try SideBySide.run({ try half(Self.tagHalves[0]) }, beside: { try half(Self.tagHalves[1]) })
        var tags = first.tags + second.tags
        let nested = first.nested + second.nested
        // for-each-ref peels one level; a tag of a tag needs one more process, and only then.
        let commits = try peel(nested.map { "refs/tags/" + $0.name })
        for (tag, commit) in zip(nested, commits) {
            if let commit { tags.append(Tag(name: tag.name, commit: commit, time: tag.time, isAnnotated: true)) }
        }
        return tags.sorted { $0.name < $1.name }
    }

    /// The patterns of the two halves of `refs/tags` that `tags()` reads at once: by the last character of the name,
    /// which splits version numbers about evenly. A name's last character is in exactly one, whatever the depth, and
    /// whether git matches `*` across a slash (fnmatch, in older git) or only within one name (wildmatch).
    static let tagHalves = [
        ["refs/tags/*[02468]", "refs/tags/**/*[02468]"],
        ["refs/tags/*[!02468]", "refs/tags/**/*[!02468]"],
    ]

    /// The commit tags of one `for-each-ref` output of `tags()`'s format, and the tags of tags, which need one more peel.
    private static func readTags(_ data: Data) -> (tags: [Tag], nested: [(name: String, time: Int)]) {
        var tags: [Tag] = []
        var nested: [(name: String, time: Int)] = []
        // Read as bytes, making strings only of the fields kept: Foundation's Data slices, and a String for every
        // field, are slow enough to show with twenty thousand tags.
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                defer { lineStart = lineEnd + 1 }
                // Ref names hold no control characters and the other fields are git's own, so nothing shifts them; a
                // line of another shape is left out rather than read.
                let fields = bytes[lineStart..<lineEnd].split(separator: 0x1F, omittingEmptySubsequences: false)
                guard fields.count == 8 else { continue }
                func text(_ field: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: fields[field]), as: UTF8.self) }
                let name = fields[0]
                guard CommitLogParser.isObjectName(fields[2]) else { continue }
                guard name.starts(with: tagsFolder) else { continue }
                guard fields[4].isEmpty || CommitLogParser.isObjectName(fields[4]) else { continue }
                let short = String(decoding: UnsafeBufferPointer(rebasing: name.dropFirst(tagsFolder.count)), as: UTF8.self)
                // A date before 1970 is negative; git prints no date for a malformed identity.
                let date = fields[5]
                let time = date.first == 0x2D ? -(CommitLogParser.number(date.dropFirst()) ?? 0) : CommitLogParser.number(date) ?? 0
                let type = fields[1], peeledType = fields[3]
                // A tree that is not an object name is left unknown, to be read through the commit.
                func tree(_ field: Int) -> String? { CommitLogParser.isObjectName(fields[field]) ? text(field) : nil }
                if type.elementsEqual("commit".utf8) {
                    tags.append(Tag(name: short, commit: text(2), time: time, isAnnotated: false, tree: tree(6)))
                } else if type.elementsEqual("tag".utf8), peeledType.elementsEqual("commit".utf8) {
                    tags.append(Tag(name: short, commit: text(4), time: time, isAnnotated: true, tree: tree(7)))
                } else if type.elementsEqual("tag".utf8), peeledType.elementsEqual("tag".utf8) {
                    nested.append((short, time))
                }
            }
        }
        return (tags, nested)
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

    /// The folder every tag's full ref name starts with.
    private static let tagsFolder = Array("refs/tags/".utf8)

    /// Whether `text` is a full object name: 40 lowercase hex digits (SHA-1) or 64 (SHA-256).
    static func isObjectName(_ text: String) -> Bool {
        (text.utf8.count == 40 || text.utf8.count == 64) && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
