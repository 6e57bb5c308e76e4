import HeraldSupport
import ReleaseNotes

/// Writes each component's release models as JSON (`releases.json` beside its pages, schemaVersion 1): what scripts
/// and another Herald read to learn what an upstream component released, without its repository.
struct ReleaseModelsStep: SiteStep {
    let name = "write release models"

    func run(_ state: inout SiteState) throws {
        // Sorted keys: the same releases give the same bytes, so a rebuilt site changes only where releases did.
        let writer = JSONWriter(layout: .compact)
        for component in state.content.components {
            let models = ReleaseModels(component: component.name, releases: component.releases)
            state.add(state.paths.releaseModels(component.name), Self.inert(try writer.text(models)))
        }
    }
}

extension ReleaseModelsStep {
    /// `json` with `<`, `>` and `&` written as `\u003c`, `\u003e` and `\u0026`: the same JSON, which no browser that
    /// sniffs it as HTML can read markup from. They only occur inside strings, where the escapes are valid.
    static func inert(_ json: String) -> String {
        let utf8 = json.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return json }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + 64)
        for byte in utf8 {
            switch byte {
            case 0x26: output += Array("\\u0026".utf8)
            case 0x3C: output += Array("\\u003c".utf8)
            case 0x3E: output += Array("\\u003e".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
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
