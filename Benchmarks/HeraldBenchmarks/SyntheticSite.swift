import Changes
import Images
import ReleaseNotes
import Site
import HeraldSupport
import Versioning

/// The content of a site of many releases, made without git: notes of a realistic size, images and published notes.
struct SyntheticSite {
    /// How many releases the site has.
    let releases: Int

    /// Kinds of change in roughly the proportions of a Kubernetes sidecar's history.
    static let kinds: [(Int, ChangeKind)] = [(5, .feature), (6, .fix), (2, .documentation), (4, .dependency), (2, .cleanup), (3, .other)]

    /// Two components, 70% and 30% of the releases, with notes generated from seeded random changes.
    func content() -> SiteContent {
        var random = DeterministicRandom(seed: 0x5173)
        let split = releases * 7 / 10
        let server = documents(component: "server", count: split, random: &random)
        let client = documents(component: "client", count: releases - split, random: &random)
        let image = PublishedImage(name: "registry.example.com/storage/server", references: [],
                                   floatingTags: [FloatingTag(tag: "canary", target: FloatingTag.canaryTarget)])
        return SiteContent(
            title: "Storage releases", baseURL: "https://example.github.io/storage/", repositoryURL: "https://github.com/example/storage",
            components: [
                SiteComponent(name: "server", releases: server, images: [image]),
                SiteComponent(name: "client", releases: client),
            ]
        )
    }

    /// `count` releases of `component`, newest first, 10 to 60 changes each; every 20th has long published notes.
    func documents(component: String, count: Int, random: inout DeterministicRandom) -> [NotesDocument] {
        var documents: [NotesDocument] = []
        var number = 1
        for index in 0..<count {
            let version = "v\(index / 100 + 1).\(index / 10 % 10).\(index % 10)"
            let previous = index == 0 ? nil : "v\((index - 1) / 100 + 1).\((index - 1) / 10 % 10).\((index - 1) % 10)"
            var changes: [Change] = []
            for _ in 0..<random.between(10, 60) {
                number += 1
                let author = random.pick(ChangeText.contributors)
                let note = random.chance(15) ? ChangeText.body(&random, author: author, releaseNoteChance: 0) : nil
                changes.append(Change(
                    pullRequest: number, commit: Self.hex(random.next()), title: ChangeText.title(&random),
                    kind: random.weighted(Self.kinds), breaking: random.chance(3), note: note?.isEmpty == true ? nil : note,
                    authors: ["@" + author.login]
                ))
            }
            let day = 1 + index % 28
            var document = NotesDocument(
                component: component,
                range: NotesRange(from: previous.map { component + "/" + $0 }, to: component + "/" + version, fromCommit: nil,
                                  toCommit: Self.hex(random.next()), reason: "previous patch release"),
                version: SemanticVersion(parsing: version),
                date: UTCDate(secondsSince1970: 1_262_347_200 + (index / 100) * 31_536_000 + (index / 10 % 10) * 2_592_000 + day * 86_400),
                changes: changes
            )
            if index % 20 == 7 { document.publishedNotes = Self.publishedNotes(version: version, changes: changes) }
            documents.append(document)
        }
        return documents.reversed()
    }

    /// Notes a maintainer rewrote: prose, a code block and the change list.
    static func publishedNotes(version: String, changes: [Change]) -> String {
        var text = "## \(version)\n\nThis release is the result of a long stabilisation effort. "
        text += String(repeating: "Operators should read the upgrade notes below before rolling it out to production clusters. ", count: 12)
        text += "\n\n### Upgrading\n\n```shell\nkubectl apply -k deploy/kubernetes/\nkubectl rollout status deployment/csi-server\n```\n\n### Changes\n\n"
        text += changes.map { "- \($0.title) (#\($0.pullRequest ?? 0))" }.joined(separator: "\n") + "\n"
        return text
    }

    /// Sixteen hex digits, twice: a commit name.
    static func hex(_ value: UInt64) -> String {
        let half = String(value, radix: 16)
        let padded = String(repeating: "0", count: 16 - half.count) + half
        return padded + padded + "abcdef01"
    }
}
