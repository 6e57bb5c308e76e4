import Yams

extension ManifestScan {
    /// Reads every document of a YAML stream; a syntax error stops the reading with one finding.
    mutating func readYAML(_ contents: String) {
        do {
            // Values are read as text, so the basic resolver (no implicit-type regexes) is enough and much faster.
            // The encoding is given: Yams's default reads the process environment on every parse, and prints when set.
            var documents = try compose_all(yaml: contents, .basic, .default, .utf8)
            while let document = documents.next() {
                readKustomizeImages(document)
                walk(document)
            }
            if let error = documents.error { noteYAMLError(error, in: contents) }
        } catch {
            noteYAMLError(error, in: contents)
        }
    }

    /// Visits every node in order: `image:` scalars and Helm-style mappings pin images.
    private mutating func walk(_ node: Node) {
        switch node {
        case .mapping(let mapping):
            guard firstVisit(mapping.mark) else { return }
            readHelmImage(mapping)
            // By index: the mapping's own iterator copies every pair into a new array first.
            for index in mapping.indices {
                let (key, value) = mapping[index]
                if case .scalar(let scalar) = key, scalar.string == "image", let text = Self.text(of: value), Self.isText(value) {
                    pin(text, line: value.mark?.line ?? 0)
                }
                walk(value)
            }
        case .sequence(let sequence):
            guard firstVisit(sequence.mark) else { return }
            for element in sequence { walk(element) }
        case .scalar, .alias:
            return
        }
    }

    /// `[registry/]repository[:tag][@digest]` from a mapping holding `repository` and `tag`, as Helm values write it.
    private mutating func readHelmImage(_ mapping: Node.Mapping) {
        let found = Self.values(of: Self.helmKeys, in: mapping)
        guard let repository = found[0].flatMap(Self.text(of:)), !repository.isEmpty,
              let tagNode = found[1], tagNode.scalar != nil else { return }
        let parts = [found[2], tagNode, found[3]].map { $0.flatMap(Self.text(of:)) ?? "" }
        guard !([repository] + parts).contains(where: ManifestScanner.isTemplated) else { return }
        var text = parts[0].isEmpty ? repository : parts[0] + "/" + repository
        if !parts[1].isEmpty { text += ":" + parts[1] }
        if !parts[2].isEmpty { text += "@" + parts[2] }
        pin(text, line: mapping.mark?.line ?? 0)
    }

    /// A kustomization's top-level `images:` entries that set `newName`, `newTag` or `digest`.
    private mutating func readKustomizeImages(_ document: Node) {
        guard case .sequence(let entries)? = document.mapping?["images"] else { return }
        for case .mapping(let entry) in entries {
            guard let name = entry["name"].flatMap(Self.text(of:)), !name.isEmpty else { continue }
            let newName = entry["newName"].flatMap(Self.text(of:)) ?? ""
            let newTag = entry["newTag"].flatMap(Self.text(of:)) ?? ""
            let digest = entry["digest"].flatMap(Self.text(of:)) ?? ""
            guard !(newName + newTag + digest).isEmpty else { continue }
            guard ![name, newName, newTag, digest].contains(where: ManifestScanner.isTemplated) else { continue }
            var text = newName.isEmpty ? name : newName
            if !newTag.isEmpty { text += ":" + newTag }
            if !digest.isEmpty { text += "@" + digest }
            pin(text, line: entry.mark?.line ?? 0)
        }
    }

    /// What a key's tag may be for the basic resolver to read it as a string: untagged, `!`, or `!!str`.
    private static let stringTags = [Tag.Name.implicit, .nonSpecific, .str].map(\.rawValue)

    /// The keys of a Helm-style image mapping, in the order `readHelmImage` reads them.
    private static let helmKeys = ["repository", "tag", "registry", "digest"]

    /// The value of each of `names` in `mapping` as its subscript (`mapping["tag"]`) finds it, in one pass: the last
    /// pair whose key is that text and a string.
    ///
    /// The subscript builds a key node and compares it with every key, resolving tags, once per name; Helm-style
    /// mappings are looked for in every mapping of every manifest.
    static func values(of names: [String], in mapping: Node.Mapping) -> [Node?] {
        var found = [Node?](repeating: nil, count: names.count)
        for index in mapping.indices {
            let (key, value) = mapping[index]
            // The basic resolver reads every untagged or quoted scalar as a string, as the subscript's key is read.
            guard case .scalar(let scalar) = key, let slot = names.firstIndex(of: scalar.string),
                  Self.stringTags.contains(scalar.tag.rawValue) else { continue }
            found[slot] = value
        }
        return found
    }

    /// A scalar's text as written (so `tag: 1.10` stays `1.10`); nil for collections and for null.
    private static func text(of node: Node) -> String? {
        guard let scalar = node.scalar, !Self.isNull(scalar) else { return nil }
        return scalar.string
    }

    /// One finding for the file, at the line Yams reports when it reports one.
    private mutating func noteYAMLError(_ error: Error, in contents: String) {
        let advice = "; fix the YAML so its images can be read"
        guard let yamlError = error as? YamlError else {
            noteFailure("cannot read YAML: \(ImageReference.printable(String(describing: error)))", line: 0)
            return
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let during = context.map { " \($0.text)" } ?? ""
            noteFailure("yaml syntax error: \(problem)\(during)\(advice)", line: mark.line)
        case let .reader(problem, offset, _, _):
            let line = offset.map { offset in contents.prefix(offset).filter { $0 == "\n" }.count + 1 } ?? 0
            noteFailure("yaml cannot be decoded: \(problem)\(advice)", line: line)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            noteFailure("yaml mapping repeats the key \(keys)\(advice)", line: context.mark.line)
        default:
            noteFailure("cannot read YAML: \(ImageReference.printable(yamlError.description))", line: 0)
        }
    }

    /// Whether a plain scalar spells YAML's null; the basic resolver leaves every scalar a string, so this is checked here.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Whether a node is text as YAML 1.1 core would read it: not null, not a plain number or boolean.
    static func isText(_ node: Node) -> Bool {
        guard let scalar = node.scalar, !isNull(scalar) else { return false }
        guard scalar.style == .plain else { return true }
        let plain = scalar.string
        if ["true", "false", "True", "False", "TRUE", "FALSE", "yes", "no", "on", "off"].contains(plain) { return false }
        return Double(plain) == nil
    }
}
