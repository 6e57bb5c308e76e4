import Foundation

extension GitRepository {
    /// Every tag that names a commit, read with one `git for-each-ref`.
    ///
    /// Tags of trees or blobs cannot be releases and are left out.
    public func tags() throws -> [Tag] {
        let format = "--format=%(refname)%1f%(objecttype)%1f%(objectname)%1f%(*objecttype)%1f%(*objectname)%1f%(creatordate:unix)"
        let data = try git().output(["for-each-ref", format, "refs/tags"])
        var tags: [Tag] = []
        for line in data.split(separator: 0x0A) {
            let fields = line.split(separator: 0x1F, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            guard fields.count == 6 else { continue }
            let name = String(fields[0].dropFirst("refs/tags/".count))
            let time = Int(fields[5]) ?? 0
            if fields[1] == "commit" {
                tags.append(Tag(name: name, commit: fields[2], time: time, isAnnotated: false))
            } else if fields[1] == "tag", fields[3] == "commit" {
                tags.append(Tag(name: name, commit: fields[4], time: time, isAnnotated: true))
            }
        }
        return tags
    }
}
