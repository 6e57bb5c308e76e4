/// A docs page after rendering.
struct RenderedPage: Sendable {
    /// Its site path.
    var path: String
    /// Its title: the first level-1 heading, else the file name.
    var title: String
    /// Its plain text, for search.
    var text: String
}
