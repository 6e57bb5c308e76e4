import Foundation
import Images

/// What `herald images` prints: the images pinned at a ref and the tags each component publishes.
struct ImageListing: Encodable {
    /// The JSON contract's version.
    var schemaVersion = 1
    /// The ref read.
    var ref: String
    /// The commit it names.
    var commit: String
    /// Images pinned by manifests at the ref.
    var pinned: [Pin]
    /// Images the components publish, with their release and floating tags.
    var published: [Published]

    /// One pinned image and the component whose manifests pin it.
    struct Pin: Encodable {
        /// The component, or nil for a repository that is one component.
        var component: String?
        /// The image and where it is pinned.
        var image: PinnedImage
    }

    /// One published image of a component.
    struct Published: Encodable {
        /// The component, or nil for a repository that is one component.
        var component: String?
        /// The image, its release tags and floating tags.
        var image: PublishedImage
    }

    /// The human-readable listing.
    var text: String {
        var lines = ["pinned at \(ref) (\(commit.prefix(7))):"]
        if pinned.isEmpty { lines.append("  (no manifest pins an image)") }
        // Each reference once, with every file and line that pins it.
        var locations: [String: [String]] = [:]
        var order: [String] = []
        for pin in pinned {
            let key = pin.image.reference.description
            if locations[key] == nil { order.append(key) }
            locations[key, default: []].append("\(pin.image.file):\(pin.image.line)")
        }
        for key in order {
            let places = locations[key] ?? []
            if places.count == 1 {
                lines.append("  \(key)  \(places[0])")
            } else {
                lines.append("  \(key)")
                lines += places.map { "    " + $0 }
            }
        }
        for published in self.published {
            let owner = published.component.map { " (\($0))" } ?? ""
            lines.append("published\(owner): \(published.image.name)")
            // A tag pushed to another repository (a staging registry) shows its whole reference.
            let labels = published.image.floatingTags.map { $0.repository == nil ? ":" + $0.tag : published.image.reference(for: $0) }
            let width = labels.map(\.count).max() ?? 0
            for (label, tag) in zip(labels, published.image.floatingTags) {
                lines.append("  \(label.padding(toLength: width, withPad: " ", startingAt: 0))  → \(tag.target)")
            }
            for reference in published.image.references {
                lines.append("  \(reference)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
