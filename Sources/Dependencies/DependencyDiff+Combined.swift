extension DependencyDiff {
    /// The diff from the state before the first of `diffs` to the state after the last, as if one release made
    /// them all: a module added then bumped is added at its last version, one bumped and bumped back is left out.
    public static func combined<Manifest: DependencyManifest>(_ diffs: [DependencyDiff], manifest: Manifest.Type) -> DependencyDiff {
        // Per module: the version before the first diff that touched it (nil: absent) and the version after the last.
        var first: [String: (version: String, text: String, indirect: Bool)?] = [:]
        var last: [String: (version: String, text: String, indirect: Bool)?] = [:]
        for diff in diffs {
            for pin in diff.added {
                if first[pin.module] == nil { first[pin.module] = .some(nil) }
                last[pin.module] = (pin.version, pin.versionText, pin.indirect)
            }
            for change in diff.changed {
                if first[change.module] == nil { first[change.module] = (change.from, change.fromText, change.indirect) }
                last[change.module] = (change.to, change.toText, change.indirect)
            }
            for pin in diff.removed {
                if first[pin.module] == nil { first[pin.module] = (pin.version, pin.versionText, pin.indirect) }
                last[pin.module] = .some(nil)
            }
        }
        var added: [DependencyPin] = []
        var changed: [DependencyChange] = []
        var removed: [DependencyPin] = []
        for (module, before) in first {
            let after = last[module] ?? nil
            switch (before, after) {
            case (nil, let now?):
                added.append(DependencyPin(
                    module: module, version: now.version, versionText: now.text, indirect: now.indirect,
                    url: Manifest.treeURL(module: module, version: now.version)
                ))
            case (let old?, nil):
                removed.append(DependencyPin(
                    module: module, version: old.version, versionText: old.text, indirect: old.indirect,
                    url: Manifest.treeURL(module: module, version: old.version)
                ))
            case (let old?, let now?) where old.version != now.version:
                changed.append(DependencyChange(
                    module: module, from: old.version, fromText: old.text, to: now.version, toText: now.text,
                    indirect: now.indirect, url: Manifest.compareURL(module: module, from: old.version, to: now.version)
                ))
            default:
                continue
            }
        }
        let order = { (left: String, right: String) in precedes(left, right) }
        return DependencyDiff(
            added: added.sorted { order($0.module, $1.module) },
            changed: changed.sorted { order($0.module, $1.module) },
            removed: removed.sorted { order($0.module, $1.module) }
        )
    }
}
