import Changes
import Foundation
import ReleaseNotes

extension SiteState {
    /// Adds a component's compare form (`compare.html`), which lists every ready-made comparison for readers
    /// without JavaScript, and the index its script compares any two releases from (`compare-index.js`); `items`
    /// holds the changes as comparisons rendered them, `shown` the entries release pages rendered (`shownEntries`).
    mutating func addCompareForm(_ component: SiteComponent, items: ComparisonItems, shown: [ShownEntryKey: SiteEntry]) throws {
        let path = paths.compareForm(component.name)
        let indexPath = paths.compareIndex(component.name)
        let versioned = component.releases.filter { $0.version != nil }
        let versions: [[String: Any]] = versioned.enumerated().map { offset, release in
            ["version": Self.pageVersion(release), "toDefault": offset == 0, "fromDefault": offset == min(1, versioned.count - 1)]
        }
        let order = order(of: component.name)
        let ready: [[String: Any]] = versioned.map { release in
            let newer = Self.pageVersion(release)
            let pages: [[String: Any]] = order.compareTargets(for: release).map { older in
                let olderVersion = Self.pageVersion(older)
                return ["older": olderVersion, "path": paths.comparePage(component.name, from: olderVersion, to: newer)]
            }
            return ["newer": newer, "pages": pages, "hasPages": !pages.isEmpty]
        }
        let context: [String: Any] = [
            "componentName": component.displayName, "componentPath": paths.componentPage(component.name),
            "versions": versions, "ready": ready, "indexPath": indexPath,
        ]
        add(path, try page(path, title: "Compare \(component.displayName) releases", template: "compare-form", context: context))
        files.put(compareIndex(versioned, items: items, shown: shown), at: indexPath)
    }

    /// `window.heraldCompareIndex = {"changes": […], "releases": […]};`: each change once, as `[group, names,
    /// shipped in, text, anchor]`, and for each release its version, tag, base, date, page and the places of its
    /// changes: the least the form's script needs to compare any two releases. A change listed by several releases
    /// (a pre-release and its final release) is written once.
    func compareIndex(_ releases: [NotesDocument], items: ComparisonItems, shown: [ShownEntryKey: SiteEntry]) -> Data {
        var script = Array("window.heraldCompareIndex = {\"changes\":[".utf8)
        var places: [String: Int] = [:]
        var list: [UInt8] = []
        for (index, release) in releases.enumerated() {
            if index > 0 { list.append(contentsOf: ",\n".utf8) }
            let version = Self.pageVersion(release)
            list.append(contentsOf: "{\"v\":".utf8)
            SearchIndexStep.appendScriptString(version, to: &list)
            list.append(contentsOf: ",\"t\":".utf8)
            SearchIndexStep.appendScriptString(release.range.to, to: &list)
            list.append(contentsOf: ",\"b\":".utf8)
            if let base = release.range.from { SearchIndexStep.appendScriptString(base, to: &list) } else { list.append(contentsOf: "null".utf8) }
            list.append(contentsOf: ",\"d\":".utf8)
            SearchIndexStep.appendScriptString(release.date?.day ?? "", to: &list)
            list.append(contentsOf: ",\"p\":".utf8)
            let page = paths.releasePage(release.component, version: version)
            SearchIndexStep.appendScriptString(page, to: &list)
            list.append(contentsOf: ",\"n\":\(release.publishedNotes == nil ? 0 : 1),\"e\":[".utf8)
            for (offset, change) in release.changes.enumerated() {
                if offset > 0 { list.append(UInt8(ascii: ",")) }
                let place = places[change.commit] ?? {
                    let place = places.count
                    places[change.commit] = place
                    if place > 0 { script.append(contentsOf: ",\n".utf8) }
                    let text = items.text(of: change, at: offset, in: release) ?? compareEntry(change, release: release, page: page, shown: shown).text
                    appendChange(change, text: text, to: &script)
                    return place
                }()
                list += Array(String(place).utf8)
            }
            list.append(contentsOf: "]}".utf8)
        }
        return Data(script + Array("],\"releases\":[".utf8) + list + Array("]};\n".utf8))
    }

    /// `[group, names, shipped in, text, anchor]`; a change with a pull request goes by its number and originals
    /// alone, which is all a comparison within one component needs to tell changes apart.
    private func appendChange(_ change: Change, text: String, to script: inout [UInt8]) {
        script.append(contentsOf: "[\(ComparisonGroup(change).rawValue),[".utf8)
        let keys = ChangeIdentity.keys(of: change).filter { key in
            if case .commit = key { return change.pullRequest == nil }
            return true
        }
        appendList(keys.map { $0.text(commitLength: 12) }, to: &script)
        script.append(contentsOf: "],[".utf8)
        appendList(change.shippedIn.map(\.tagName), to: &script)
        script.append(contentsOf: "],".utf8)
        SearchIndexStep.appendScriptString(text, to: &script)
        script.append(UInt8(ascii: ","))
        SearchIndexStep.appendScriptString(SiteEntry.anchor(of: change), to: &script)
        script.append(UInt8(ascii: "]"))
    }

    /// Strings as JSON list items, without the brackets.
    private func appendList(_ strings: [String], to script: inout [UInt8]) {
        for (index, string) in strings.enumerated() {
            if index > 0 { script.append(UInt8(ascii: ",")) }
            SearchIndexStep.appendScriptString(string, to: &script)
        }
    }
}
