import GitHistory
import HeraldSupport
import Images
import ReleaseNotes

/// A component's whole history as readers see it: every release, the changes since the last one, and the
/// images it publishes with their floating tags.
package struct ComponentReleases: Sendable {
    /// The component's name, nil for a repository that is one component.
    package var name: String?
    /// The notes of every release, newest first.
    package var releases: [NotesDocument]
    /// The changes since the last release, with the suggested version.
    package var unreleased: NotesDocument
    /// The images the component publishes.
    package var images: [PublishedImage]
}

extension ProjectHistory {
    /// Every release and the unreleased changes of the component, from `graph` when several components share one.
    package mutating func componentReleases(graph: CommitGraph?) throws -> ComponentReleases {
        let releases = try allNotes(graph: graph)
        let unreleased = try notes(from: nil, to: nil, unreleased: true)
        let images = PublishedImages(names: component.images, releases: self.releases, forms: component.imageTagForms)
        return ComponentReleases(name: componentName, releases: releases, unreleased: unreleased, images: images.images)
    }

    /// Every release and the unreleased changes of each of `histories`, from one `git log` shared by them all: what the
    /// site shows.
    package static func componentReleases(of histories: inout [ProjectHistory]) throws -> [ComponentReleases] {
        let graph = try sharedGraph(of: histories)
        var result: [ComponentReleases] = []
        for index in histories.indices { result.append(try histories[index].componentReleases(graph: graph)) }
        return result
    }

    /// The notes of every release of each of `histories`, from one `git log` shared by them all: what the changelog lists.
    package static func allNotes(of histories: inout [ProjectHistory]) throws -> [NotesDocument] {
        let graph = try sharedGraph(of: histories)
        var documents: [NotesDocument] = []
        for index in histories.indices { documents += try histories[index].allNotes(graph: graph) }
        if graph != nil { BackgroundRelease.release(consume graph) }
        return documents
    }
}
