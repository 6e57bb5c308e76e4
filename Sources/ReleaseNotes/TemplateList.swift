/// A list a compiled template walks in a section without it existing whole: its items are made one at a time, so a
/// long changelog never holds every release's values at once.
package protocol TemplateList {
    /// The items, each as the section sees it (a `[String: Any]`, a string, …).
    var templateItems: AnySequence<Any> { get }
}
