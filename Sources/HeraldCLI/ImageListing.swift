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

    /// One pinned reference, once, with every file and line that pins it: deploy folders repeat the same images.
    struct PinnedReference: Encodable {
        /// The component, or nil for a repository that is one component.
        var component: String?
        /// The reference as written.
        var reference: String
        /// Where it is pinned, in the order found.
        var locations: [Location]
    }

    /// A file and line that pins an image.
    struct Location: Encodable {
        /// The manifest's path.
        var file: String
        /// The 1-based line.
        var line: Int
    }

    /// `pinned` grouped: each component's references once, in the order first pinned.
    var references: [PinnedReference] {
        var grouped: [PinnedReference] = []
        var index: [String: Int] = [:]
        for pin in pinned {
            let key = (pin.component ?? "") + "\u{1F}" + pin.image.reference.description
            let location = Location(file: pin.image.file, line: pin.image.line)
            if let position = index[key] {
                grouped[position].locations.append(location)
            } else {
                index[key] = grouped.count
                grouped.append(PinnedReference(component: pin.component, reference: pin.image.reference.description, locations: [location]))
            }
        }
        return grouped
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, ref, commit, pinned, references, published }

    /// Every field, and `references`: the pinned images grouped by reference.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(ref, forKey: .ref)
        try container.encode(commit, forKey: .commit)
        try container.encode(pinned, forKey: .pinned)
        try container.encode(references, forKey: .references)
        try container.encode(published, forKey: .published)
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
        for group in references {
            let places = group.locations.map { "\($0.file):\($0.line)" }
            if places.count == 1 {
                lines.append("  \(group.reference)  \(places[0])")
            } else {
                lines.append("  \(group.reference)")
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
                lines.append("  \(label.padded(toWidth: width))  → \(tag.target)")
            }
            for reference in published.image.references {
                lines.append("  \(reference)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
