/// One tag form a component pushes its images under (`imageTags` items): the form's name and, for a form pushed
/// elsewhere (staging canaries), the repository path it goes to.
public struct ImageTagConfiguration: Sendable, Equatable {
    /// One of `formNames`.
    public var form: String
    /// The repository path replacing the image's own, its last path element kept; nil for the image's own.
    public var registry: String?

    /// The forms a component may list: release tags, floating series and canaries, with or without `v`.
    public static let formNames = ["vX.Y.Z", "X.Y.Z", "vX.Y", "X.Y", "vX", "X", "canary", "X.Y-canary", "vX.Y-canary"]

    /// Creates a tag form.
    public init(form: String, registry: String? = nil) {
        self.form = form
        self.registry = registry
    }
}

extension ImageTagConfiguration {
    /// The keys a mapping item may have.
    static let keys = ["form", "registry"]

    /// An item: `vX.Y.Z`, or `{form: canary, registry: gcr.io/k8s-staging-sig-storage}`.
    init(configuration node: ConfigurationNode) throws {
        let formNode: ConfigurationNode
        var registry: String?
        if case .mapping = node.node {
            let fields = try node.fields(Self.keys)
            formNode = try fields.required("form", example: "vX.Y.Z")
            if let registryNode = fields["registry"] {
                let text = try registryNode.nonEmptyString("a registry path")
                guard !text.contains(where: { $0.isWhitespace || $0 == ":" || $0 == "@" }) else {
                    throw registryNode.error(.imageNameHasSpaces(text))
                }
                registry = text
            }
        } else {
            formNode = node
        }
        let form = try formNode.nonEmptyString("a tag form")
        guard Self.formNames.contains(form) else { throw formNode.error(.unknownTagForm(form, known: Self.formNames)) }
        self.init(form: form, registry: registry)
    }
}
