import HeraldSupport
import GitHistory
import Images
import ReleaseNotes

extension ProjectHistory {
    /// The images the component's manifests pin at each ref, read through `files` (over one new
    /// `git cat-file --batch` when nil).
    ///
    /// Unreadable manifests and invalid references become warnings; the rest of the release is still read.
    package mutating func pinnedImages(at refs: [String], files given: ManifestFiles? = nil) throws -> [String: [PinnedImage]] {
        let manifests = component.manifests
        guard !manifests.isEmpty, !refs.isEmpty else { return [:] }
        let owned = try given == nil ? GitObjectReader(repository: repository) : nil
        defer { owned?.close() }
        guard let files = given ?? owned.map({ ManifestFiles(reader: $0, knownRoots: rootTrees) }) else { return [:] }
        let reader = PinnedImageReader(
            files: files,
            wanted: { path in manifests.contains { $0.matches(path) } },
            descend: { folder in manifests.contains { $0.mayMatch(inside: folder) } }
        )
        var seen = Set<String>()
        // In the order given, so warnings come out the same every run.
        // In a partial clone a missing folder and a missing tree look alike, so the walk starts at the root there.
        let partial = repository.isPartialClone()
        // Only the first folder: a deeper start could pass through a symbolic link, which the walk follows and a
        // path lookup does not.
        let start = partial ? "" : Glob.commonFolder(of: manifests).split(separator: "/").first.map { $0 + "/" } ?? ""
        let read = try reader.images(at: refs.filter { seen.insert($0).inserted }, commits: commitsByTag, start: start)
        warnings += read.warnings
        return read.images
    }

    /// The pinned images at `to` and what changed since `base`, for a notes document.
    package mutating func imageSection(to: String, base: String?) throws -> (images: [PinnedImage], changes: ImageDiff?) {
        let pinned = try pinnedImages(at: [to] + (base.map { [$0] } ?? []))
        let current = pinned[to] ?? []
        let previous = base.flatMap { pinned[$0] } ?? []
        guard !current.isEmpty || !previous.isEmpty else { return ([], nil) }
        return (current, ImageDiff(base: previous, current: current, scheme: component.pinnedTagScheme))
    }

    /// The image tags of the component's releases (`v1.2.3`): a pinned image under one of them is the component's own.
    var releaseImageTags: Set<String> {
        Set(releases.map { PublishedImages.imageTag(for: $0.version) })
    }

    /// `diff` with what each changed image's upstream released in between, when its source is known and the upstreams
    /// folder holds it.
    mutating func withUpstreams(_ diff: ImageDiff) -> ImageDiff {
        guard let upstreams, !diff.changed.isEmpty else { return diff }
        let sources = ImageSources(mapped: configuration.sources.images, csiConvention: configuration.sources.csiConvention)
        let read = diff.mapChanges { change in
            guard let repository = sources.repository(of: change.name), let old = change.from.tag, let new = change.to.tag,
                  let releases = upstreams.releases(of: repository) else { return change }
            var read = change
            read.upstream = UpstreamDigest(repository: repository, releases: releases, from: old, to: new)
            return read
        }
        for problem in upstreams.takeProblems() { warn(.upstream, problem) }
        return read
    }
}
