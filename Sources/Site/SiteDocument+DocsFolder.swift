import Foundation

extension SiteDocument {
    /// Extensions of files copied beside the pages, such as pictures.
    public static let copiedExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp"]

    /// Whether the docs-folder file at `path` goes into the site: a `.md` page, or a picture copied as it is.
    public static func isSiteFile(_ path: String) -> Bool {
        let lowercased = (path as NSString).pathExtension.lowercased()
        return lowercased == "md" || copiedExtensions.contains(lowercased)
    }

    /// The pages among `entries` (docs-folder path → bytes, as `isSiteFile` picks them), sorted with `index.md` first,
    /// and the other files, copied beside them; `folder` is the docs folder's path in the repository.
    public static func pages(from entries: [String: Data], folder: String) -> (documents: [SiteDocument], files: [String: Data]) {
        var documents: [SiteDocument] = []
        var files: [String: Data] = [:]
        for (path, data) in entries {
            if (path as NSString).pathExtension.lowercased() == "md" {
                documents.append(SiteDocument(path: path, folder: folder, markdown: String(decoding: data, as: UTF8.self)))
            } else {
                files[path] = data
            }
        }
        documents.sort { ($0.path == "index.md" ? 0 : 1, $0.path) < ($1.path == "index.md" ? 0 : 1, $1.path) }
        return (documents, files)
    }
}
