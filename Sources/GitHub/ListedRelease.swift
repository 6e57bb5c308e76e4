import Foundation

/// One release as GitHub lists it: only what the upsert needs, read strictly.
struct ListedRelease: Decodable, Equatable, Sendable {
    /// The release's id.
    let id: Int
    /// Its `tag_name`.
    let tag: String
    /// Whether it is a draft.
    let draft: Bool

    enum CodingKeys: String, CodingKey {
        case id, tag = "tag_name", draft
    }

    init(id: Int, tag: String, draft: Bool) {
        self.id = id
        self.tag = tag
        self.draft = draft
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int.self, forKey: .id)
        tag = try container.decode(String.self, forKey: .tag)
        // GitHub always sends `draft`; a release without it is treated as published, the safe side.
        draft = try container.decodeIfPresent(Bool.self, forKey: .draft) ?? false
    }

    /// The releases of one list page, or nil unless `body` is a JSON array of releases with an integer id and a string tag.
    static func page(_ body: Data) -> [ListedRelease]? {
        try? JSONDecoder().decode([ListedRelease].self, from: body)
    }

    /// The integer `id` of a create or update answer, or nil unless `body` is a JSON object that has one.
    static func id(in body: Data) -> Int? {
        (try? JSONDecoder().decode(Identified.self, from: body))?.id
    }

    /// An answer that names a release.
    private struct Identified: Decodable {
        let id: Int
    }
}
