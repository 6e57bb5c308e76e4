import Foundation
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
            var json = try writer.bytes(ReleaseModels(component: component.name, releases: component.releases))
            json.append(0x0A)
            // Bytes throughout: the file of a large project is megabytes, and a copy as text would double the peak.
            state.files[state.paths.releaseModels(component.name)] = Self.inert(json)
        }
    }
}

extension ReleaseModelsStep {
    /// `json` with `<`, `>` and `&` written as `\u003c`, `\u003e` and `\u0026`: the same JSON, which no browser that
    /// sniffs it as HTML can read markup from. They only occur inside strings, where the escapes are valid.
    static func inert(_ json: [UInt8]) -> Data {
        let marks = json.reduce(0) { $0 + ($1 == 0x26 || $1 == 0x3C || $1 == 0x3E ? 1 : 0) }
        guard marks > 0 else { return Data(json) }
        // Each mark grows from one byte to six; the file is filled in place, in one allocation of its final size.
        var output = Data(count: json.count + 5 * marks)
        output.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) in
            var index = 0
            for byte in json {
                let escape: StaticString? = byte == 0x26 ? "\\u0026" : byte == 0x3C ? "\\u003c" : byte == 0x3E ? "\\u003e" : nil
                guard let escape else {
                    buffer[index] = byte
                    index += 1
                    continue
                }
                for position in 0..<escape.utf8CodeUnitCount {
                    buffer[index + position] = escape.utf8Start[position]
                }
                index += escape.utf8CodeUnitCount
            }
        }
        return output
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
