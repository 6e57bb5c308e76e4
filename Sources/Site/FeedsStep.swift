import Foundation
import ReleaseNotes

/// Writes the Atom 1.0 feeds: one of every release, and one per component.
struct FeedsStep: SiteStep {
    let name = "write feeds"

    /// How many of the newest releases a feed carries.
    static let entryLimit = 50

    func run(_ state: inout SiteState) throws {
        let all = state.newestFirst
        state.add("feed.xml", try feed(at: "feed.xml", title: state.content.title, releases: all, state: state))
        guard state.content.isMultiComponent else { return }
        for component in state.content.components {
            let path = state.paths.feed(component.name)
            let releases = all.filter { $0.document.component == component.name }
            state.add(path, try feed(at: path, title: "\(state.content.title): \(component.displayName)", releases: releases, state: state))
        }
    }

    /// One feed at site path `path`.
    func feed(at path: String, title: String, releases: [RenderedRelease], state: SiteState) throws -> String {
        let entries: [[String: Any]] = releases.prefix(Self.entryLimit).map { release in
            let document = release.document
            let name = SiteState.releaseTitle(document)
            return [
                "id": entryID(release, state: state), "title": name, "updated": document.date?.iso8601 ?? Self.epoch,
                "url": url(of: release.path, from: path, state: state), "escapedHTML": HTMLText.escape(release.html),
            ]
        }
        var context: [String: Any] = [
            "id": state.content.baseURL.map { $0 + path } ?? feedID(path: path, state: state),
            "title": title, "author": state.content.title,
            "updated": releases.compactMap(\.document.date).max()?.iso8601 ?? Self.epoch,
            "alternate": url(of: path == "feed.xml" ? "index.html" : SitePaths.directoryIndex(of: path), from: path, state: state),
            "entries": entries,
        ]
        context["selfURL"] = state.content.baseURL.map { $0 + path }
        do {
            return try state.templates.render(context, template: "feed")
        } catch let error as SiteError {
            throw SiteError(.inPage(path: path, problem: error.problem))
        }
    }

    /// The link to a page: absolute under the base URL when there is one, else relative to the feed.
    func url(of page: String, from feed: String, state: SiteState) -> String {
        state.content.baseURL.map { $0 + page } ?? SitePaths.link(from: feed, to: page)
    }

    /// A release's permanent id: its page's URL, else its tag on the repository host, else a Herald URN.
    func entryID(_ release: RenderedRelease, state: SiteState) -> String {
        if let base = state.content.baseURL { return base + release.path }
        if let repository = state.content.repositoryURL { return "\(repository)/releases/tag/\(release.document.range.to)" }
        return "urn:herald:" + Self.urnPart(state.content.title) + ":" + Self.urnPart(release.document.range.to)
    }

    /// The feed's id when the site has no base URL.
    func feedID(path: String, state: SiteState) -> String {
        if let repository = state.content.repositoryURL { return "\(repository)/releases#\(path)" }
        return "urn:herald:" + Self.urnPart(state.content.title) + ":" + Self.urnPart(path)
    }

    /// Text made safe for a URN: anything but letters, digits and `-._~/` percent-encoded.
    static func urnPart(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")) ?? "site"
    }

    /// The date of a feed with no dated release: fixed, so builds stay identical.
    static let epoch = "1970-01-01T00:00:00Z"
}
