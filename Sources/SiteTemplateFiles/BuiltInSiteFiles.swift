/// The site templates and theme built into the binary from `templates/site/`.
public enum BuiltInSiteFiles {
    /// File text by file name, such as `layout.mustache` or `herald.css`.
    public static let byName: [String: String] = [
        // SwiftPM names a resource like a C identifier: the leading digit of `404` becomes `_`.
        "404.mustache": PackageResources._04_mustache,
        "compare.mustache": PackageResources.compare_mustache,
        "compare-form.mustache": PackageResources.compare_form_mustache,
        "component.mustache": PackageResources.component_mustache,
        "dependency-sections.mustache": PackageResources.dependency_sections_mustache,
        "facets.mustache": PackageResources.facets_mustache,
        "feed.mustache": PackageResources.feed_mustache,
        "image-sections.mustache": PackageResources.image_sections_mustache,
        "index.mustache": PackageResources.index_mustache,
        "layout.mustache": PackageResources.layout_mustache,
        "notes.mustache": PackageResources.notes_mustache,
        "page.mustache": PackageResources.page_mustache,
        "release-list.mustache": PackageResources.release_list_mustache,
        "release.mustache": PackageResources.release_mustache,
        "search.mustache": PackageResources.search_mustache,
        "unreleased.mustache": PackageResources.unreleased_mustache,
        "herald.css": PackageResources.herald_css,
        "herald.js": PackageResources.herald_js,
    ].mapValues { String(decoding: $0, as: UTF8.self) }
}
