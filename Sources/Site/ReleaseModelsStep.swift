import Foundation
import HeraldSupport
import ReleaseNotes

/// Writes each component's release models as JSON (`releases.json` beside its pages, schemaVersion 1): what scripts
/// and another Herald read to learn what an upstream component released, without its repository.
struct ReleaseModelsStep: SiteStep {
    let name = "write release models"

    func run(_ state: inout SiteState) throws {
        // Sorted keys: the same releases give the same bytes, so a rebuilt site changes only where releases did.
        // `<`, `>` and `&` escaped: the same JSON, which no browser that sniffs it as HTML can read markup from.
        let writer = JSONWriter(layout: .compact, escapingMarkup: true)
        for component in state.content.components {
            var json = try writer.bytes(ReleaseModels(component: component.name, releases: component.releases))
            json.append(0x0A)
            // The writer's own bytes, never copied: the file of a large project is megabytes.
            state.files.put(json, at: state.paths.releaseModels(component.name))
        }
    }
}

/// The JSON object of `releases.json`: one component's releases, newest first, as `herald notes --format json`
/// prints each.
struct ReleaseModels: Encodable {
    /// The JSON contract's version.
    var schemaVersion = 1
    /// The component, or nil for a repository that is one component.
    var component: String?
    /// Its releases, newest first.
    var releases: [NotesDocument]
}
