/// What changed between the dependencies a base release pinned and those a release pins, compared by module name.
///
/// It knows no ecosystem: the manifest type says how versions read and link. Each list is in the order the
/// Kubernetes release notes print: by the UTF-8 bytes of `module + ":"` (see `precedes`).
public struct DependencyDiff: Sendable, Hashable, Codable {
    /// Modules the release pins and the base did not, with the release's version.
    public var added: [DependencyPin]
    /// Modules pinned by both at different versions (compared as exact strings).
    public var changed: [DependencyChange]
    /// Modules the base pinned and the release does not, with the base's version.
    public var removed: [DependencyPin]

    /// Creates a diff from lists already made.
    public init(added: [DependencyPin] = [], changed: [DependencyChange] = [], removed: [DependencyPin] = []) {
        self.added = added
        self.changed = changed
        self.removed = removed
    }

    /// Compares two readings of the same kind of manifest.
    public init<Manifest: DependencyManifest>(base: Manifest, release: Manifest) {
        self.init(base: base.requirements, release: release.requirements, manifest: Manifest.self)
    }

    /// Compares two lists of requirements, reading and linking versions as `manifest` says; unchanged modules are
    /// omitted, and when a list names a module twice its last entry counts.
    public init<Manifest: DependencyManifest>(base: [Requirement], release: [Requirement], manifest: Manifest.Type) {
        let before = Self.byModule(base)
        let after = Self.byModule(release)
        var added: [DependencyPin] = []
        var changed: [DependencyChange] = []
        var removed: [DependencyPin] = []
        for (module, new) in after {
            guard let old = before[module] else {
                added.append(Self.pin(new, manifest))
                continue
            }
            guard old.version != new.version else { continue }
            changed.append(DependencyChange(
                module: module,
                from: old.version, fromText: Manifest.versionText(old.version),
                to: new.version, toText: Manifest.versionText(new.version),
                indirect: new.indirect,
                url: Manifest.compareURL(module: module, from: old.version, to: new.version)
            ))
        }
        for (module, old) in before where after[module] == nil {
            removed.append(Self.pin(old, manifest))
        }
        self.added = Self.ordered(added, by: \.module)
        self.changed = Self.ordered(changed, by: \.module)
        self.removed = Self.ordered(removed, by: \.module)
    }

    /// Whether nothing was added, changed or removed.
    public var isEmpty: Bool {
        added.isEmpty && changed.isEmpty && removed.isEmpty
    }

    /// The notes order: whether `left` sorts before `right` by the UTF-8 bytes of each name followed by `:`.
    ///
    /// Kubernetes sorts its rendered lines `<module>: <versions>`, so `/` (0x2F) sorts before the `:` (0x3A) that
    /// ends a shorter name: `github.com/envoyproxy/go-control-plane/envoy` comes before
    /// `github.com/envoyproxy/go-control-plane`.
    public static func precedes(_ left: String, _ right: String) -> Bool {
        sortKey(left).lexicographicallyPrecedes(sortKey(right))
    }

    /// The bytes the notes order compares: the name's UTF-8 followed by `:`.
    private static func sortKey(_ module: String) -> [UInt8] {
        Array(module.utf8) + [UInt8(ascii: ":")]
    }

    /// An added or removed entry, read and linked as the manifest says.
    private static func pin<Manifest: DependencyManifest>(_ requirement: Requirement, _: Manifest.Type) -> DependencyPin {
        DependencyPin(
            module: requirement.module,
            version: requirement.version,
            versionText: Manifest.versionText(requirement.version),
            indirect: requirement.indirect,
            url: Manifest.treeURL(module: requirement.module, version: requirement.version)
        )
    }

    /// Requirements by module name; a later entry for the same module replaces an earlier one.
    private static func byModule(_ requirements: [Requirement]) -> [String: Requirement] {
        Dictionary(requirements.map { ($0.module, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Entries in the notes order (see `precedes`), each key computed once.
    private static func ordered<Entry>(_ entries: [Entry], by module: KeyPath<Entry, String>) -> [Entry] {
        entries.map { (key: sortKey($0[keyPath: module]), entry: $0) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map(\.entry)
    }
}
