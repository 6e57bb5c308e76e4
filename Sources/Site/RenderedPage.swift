/// A docs page after rendering, as the navigation, the pager and search show it.
struct RenderedPage: Sendable, Equatable {
    /// Its site path.
    var path: String
    /// Its path inside the docs folder, such as `guide/install.md`, which breaks ties in the navigation order.
    var source: String
    /// Its title: the front matter's, else the first level-1 heading, else one made from the file name.
    var title: String
    /// Its plain text, for search.
    var text: String
    /// The front matter's weight, lower first in the navigation; nil sorts after every weight.
    var weight: Int?
    /// The front matter's description, for a `<meta name="description">`; nil when it gives none.
    var description: String?

    /// Creates a rendered page.
    init(path: String, source: String, title: String, text: String, weight: Int? = nil, description: String? = nil) {
        self.path = path
        self.source = source
        self.title = title
        self.text = text
        self.weight = weight
        self.description = description
    }

    /// Whether this is the folder's `index.md` with no weight, which the navigation puts before every other page.
    var isStartPage: Bool { source == "index.md" && weight == nil }

    /// Whether this page comes before `other` in the navigation: the start page, then by weight (pages with one
    /// first), then by title ignoring case, then by source path.
    func precedes(_ other: RenderedPage) -> Bool {
        if isStartPage != other.isStartPage { return isStartPage }
        switch (weight, other.weight) {
        case let (mine?, theirs?) where mine != theirs: return mine < theirs
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        let (mine, theirs) = (title.lowercased(), other.title.lowercased())
        return mine != theirs ? mine < theirs : source < other.source
    }
}
