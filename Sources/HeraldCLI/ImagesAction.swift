import ReleasePipeline
import Foundation
import Images

/// Lists the images pinned at a ref and the images each component publishes: `herald images`.
struct ImagesAction {
    /// The repository folder.
    var repo: String
    /// The ref to read manifests at, HEAD by default.
    var at: String?
    /// Text or JSON.
    var format: ListFormat = .text
    /// The configuration file, or nil for `REPO/.herald.yml` when it exists.
    var config: String?
    /// One component, or nil for all.
    var component: String?

    /// Reads the manifests at the ref and resolves every floating tag.
    func run() throws -> CommandOutput {
        var histories = try ProjectScope.load(repo: repo, config: config, component: component, single: false).histories()
        let ref = at ?? "HEAD"
        // Every component reads the same ref: resolve it once.
        let commit = try histories.first?.resolve([ref]).first ?? ""
        var listing = ImageListing(ref: ref, commit: commit, pinned: [], published: [])
        for index in histories.indices {
            let pinned = try histories[index].pinnedImages(at: [ref])[ref] ?? []
            let new = pinned.filter { image in !listing.pinned.contains { $0.image == image } }
            listing.pinned += new.map { ImageListing.Pin(component: histories[index].componentName, image: $0) }
            let names = histories[index].component.images
            let published = PublishedImages(names: names, releases: histories[index].releases, forms: histories[index].component.imageTagForms)
            listing.published += published.images.map { ImageListing.Published(component: histories[index].componentName, image: $0) }
        }
        let diagnostics = histories.flatMap(\.diagnostics)
        let text = format == .json ? try JSONOutput.string(listing) : listing.text
        return CommandOutput(text: text, diagnostics: diagnostics)
    }
}
