import GitHistory

extension ManifestFiles {
    /// The object a symbolic link at `link` (pointing at `target`) leads to in `ref`'s tree, following further links
    /// on the way; nil when it leaves the repository, leads to a folder holding the link itself (a loop), takes more
    /// than `maximumHops` links, or leads nowhere.
    func followed(link: String, target: String, ref: String) throws -> TreeEntry? {
        var path = Self.resolve(target: target, from: Self.folder(of: link))
        for _ in 0..<Self.maximumHops {
            guard let current = path, current.split(separator: "/").count <= Self.maximumDepth else { return nil }
            // A folder that holds the link would list the link again inside itself, forever.
            guard current.isEmpty == false, !(link + "/").hasPrefix(current + "/") else { return nil }
            switch try entry(at: current, ref: ref) {
            case .none:
                return nil
            case .some(let found) where found.entry.isSymbolicLink:
                guard let text = try texts(of: [found.entry.sha])[found.entry.sha] ?? nil else { return nil }
                path = Self.resolve(target: text, from: Self.folder(of: found.path))
            case .some(let found):
                return found.entry
            }
        }
        return nil
    }

    /// The entry at the repository path `path` of `ref`, with the path it was found under; a link in a folder on the
    /// way is resolved and the walk goes on from there, `depth` counting such links up to `maximumHops`.
    private func entry(at path: String, ref: String, depth: Int = 0) throws -> (entry: TreeEntry, path: String)? {
        guard depth < Self.maximumHops else { return nil }
        let parts = path.split(separator: "/").map(String.init)
        var tree = ref + "^{tree}"
        var walked: [String] = []
        for (index, part) in parts.enumerated() {
            try load([tree])
            guard let entries = trees[tree] ?? nil, let entry = entries.first(where: { $0.name == part }) else { return nil }
            walked.append(part)
            if index == parts.count - 1 { return (entry, walked.joined(separator: "/")) }
            if entry.isSymbolicLink {
                // A link in the middle: the caller resolves it as the whole path's target, keeping the rest.
                guard let text = try texts(of: [entry.sha])[entry.sha] ?? nil,
                      let resolved = Self.resolve(target: text, from: Self.folder(of: walked.joined(separator: "/"))) else { return nil }
                let rest = parts[(index + 1)...].joined(separator: "/")
                return try self.entry(at: resolved + "/" + rest, ref: ref, depth: depth + 1)
            }
            guard entry.isDirectory else { return nil }
            tree = entry.sha
        }
        return nil
    }

    /// `target` read from the folder `folder` (both repository-relative); nil for an absolute target or one that
    /// climbs out of the repository.
    static func resolve(target: String, from folder: String) -> String? {
        let trimmed = target.hasSuffix("\n") ? String(target.dropLast()) : target
        guard !trimmed.hasPrefix("/"), !trimmed.isEmpty, trimmed.utf8.count <= 4096 else { return nil }
        var parts = folder.split(separator: "/").map(String.init)
        for part in trimmed.split(separator: "/") where part != "." {
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The folder of a repository path: `deploy` for `deploy/kubernetes-latest`, `""` at the top.
    static func folder(of path: String) -> String {
        path.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// How many links one path may take, as operating systems bound it.
    static let maximumHops = 8
    /// How deep a followed path may go.
    static let maximumDepth = 64
}
