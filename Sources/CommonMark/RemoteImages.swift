/// What becomes of an image whose source is on another host, such as `![x](https://example.com/p.png)`.
///
/// A picture from anywhere tells its host who reads the page and when; in text that strangers write,
/// such as pull request titles, it becomes a link that loads nothing until a reader follows it.
public enum RemoteImages: Sendable {
    /// Shown as an `<img>`, as in pages the maintainers write.
    case shown
    /// A link to the picture with its alt text, or its address when it has none; inside a link, the alt text alone.
    case linked
}
