import HeraldSupport
import Changes

/// One releasable component: the paths that belong to it, its tag prefix, the images it publishes
/// and the manifests that pin images.
public struct ComponentConfiguration: Sendable, Equatable {
    /// The name `--component` selects; unique, made of letters, digits, `.`, `_` and `-`.
    public var name: String
    /// Globs of the paths that belong to it; a change touching any of them belongs to it.
    public var paths: [Glob]
    /// What comes before `vX.Y.Z` in its tags: `""` for `v1.2.3`, `"client/"` for `client/v1.2.3`.
    public var tagPrefix: String
    /// The images it publishes, without a tag, such as `registry.k8s.io/sig-storage/hostpathplugin`.
    public var images: [String]
    /// Globs of the files, read at each release tag, that pin images.
    public var manifests: [Glob]
    /// The tag forms its images are pushed under; empty means the exact release tag (`vX.Y.Z`) alone.
    public var imageTags: [ImageTagConfiguration] = []
    /// How pinned image tags are read: `semver`, or `product` for three-level tags (`2.6.2-rev1-b5.1`).
    public var imageTagScheme = "semver"

    /// The schemes `imageTagScheme` may name.
    public static let imageTagSchemes = ["semver", "product"]

    /// The paths of a component that owns the whole repository.
    public static let everyPath: [Glob] = [Glob.everything]

    /// Creates a component; by default it covers every path and uses plain `vX.Y.Z` tags.
    public init(name: String, paths: [Glob] = everyPath, tagPrefix: String = "", images: [String] = [], manifests: [Glob] = []) {
        self.name = name
        self.paths = paths
        self.tagPrefix = tagPrefix
        self.images = images
        self.manifests = manifests
    }

    /// Whether one of its globs is a bare `**`, so that every change belongs to it, even one that changed no path.
    public var coversEverything: Bool {
        paths.contains(where: \.matchesEverything)
    }

    /// Its name and globs, as change detection decides which changes it owns.
    public var ownership: ComponentPaths { ComponentPaths(name: name, paths: paths) }

    /// Whether `name` is a usable component name: it goes into `--component`, file names and URLs.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != ".", first != "-" else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
        }
    }
}

extension ComponentConfiguration {
    /// The keys a component may have.
    static let keys = ["name", "paths", "tagPrefix", "images", "imageTags", "imageTagScheme", "manifests"]

    /// The `components` list: at least one, with unique names and unique tag prefixes.
    static func list(_ node: ConfigurationNode) throws -> [ComponentConfiguration] {
        let items = try node.items(of: "components")
        guard !items.isEmpty else {
            throw node.error(.noComponents)
        }
        var components: [ComponentConfiguration] = []
        for item in items {
            let fields = try item.fields(keys)
            let component = try ComponentConfiguration(fields)
            if let index = components.firstIndex(where: { $0.name == component.name }) {
                throw (fields["name"] ?? item).error(.duplicateComponentName(component.name, firstAt: "\(node.keyPath)[\(index)]"))
            }
            if let index = components.firstIndex(where: { $0.tagPrefix == component.tagPrefix }) {
                throw (fields["tagPrefix"] ?? item).error(
                    .duplicateTagPrefix(component.tagPrefix, firstAt: "\(node.keyPath)[\(index)]", firstComponent: components[index].name)
                )
            }
            components.append(component)
        }
        return components
    }

    /// One component from its checked fields.
    private init(_ fields: ConfigurationNode.Fields) throws {
        let nameNode = try fields.required("name", example: "client")
        let name = try nameNode.string()
        guard Self.isValidName(name) else {
            throw nameNode.error(.invalidComponentName(name))
        }
        self.init(
            name: name,
            paths: try fields["paths"].map { try $0.globs() } ?? Self.everyPath,
            tagPrefix: try fields["tagPrefix"].map(Self.tagPrefix) ?? "",
            images: try fields["images"]?.items(of: "strings").map(Self.image) ?? [],
            manifests: try fields["manifests"]?.globs() ?? []
        )
        imageTags = try fields["imageTags"]?.items(of: "tag forms").map(ImageTagConfiguration.init(configuration:)) ?? []
        if let schemeNode = fields["imageTagScheme"] {
            let scheme = try schemeNode.nonEmptyString("a tag scheme")
            guard Self.imageTagSchemes.contains(scheme) else { throw schemeNode.error(.unknownTagScheme(scheme, known: Self.imageTagSchemes)) }
            imageTagScheme = scheme
        }
    }

    /// A tag prefix that can start a git tag name.
    private static func tagPrefix(_ node: ConfigurationNode) throws -> String {
        let prefix = try node.string()
        let forbidden = " \t~^:?*[\\"
        guard !prefix.unicodeScalars.contains(where: { forbidden.unicodeScalars.contains($0) || $0.properties.isWhitespace }),
              !prefix.contains(".."), !prefix.hasPrefix("/"), !prefix.contains("//") else {
            throw node.error(.invalidTagPrefix(prefix))
        }
        return prefix
    }

    /// An image name without tag or digest, such as `registry.k8s.io/sig-storage/csi-provisioner`.
    private static func image(_ node: ConfigurationNode) throws -> String {
        let image = try node.nonEmptyString("an image name")
        guard !image.contains(where: \.isWhitespace) else {
            throw node.error(.imageNameHasSpaces(image))
        }
        let lastComponent = image.split(separator: "/").last ?? Substring(image)
        guard !lastComponent.contains(":"), !lastComponent.contains("@") else {
            throw node.error(.imageNameHasTag(image))
        }
        return image
    }
}
