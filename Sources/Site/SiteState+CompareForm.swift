import Changes
import Foundation
import ReleaseNotes

extension SiteState {
    /// Adds a component's compare form (`compare.html`), which lists every ready-made comparison for readers
    /// without JavaScript, and the index its script compares any two releases from (`compare-index.js`).
    mutating func addCompareForm(_ component: SiteComponent, history: ReleaseHistory) throws {
        let path = paths.compareForm(component.name)
        let indexPath = paths.compareIndex(component.name)
        let versioned = component.releases.filter { $0.version != nil }
        let versions: [[String: Any]] = versioned.enumerated().map { offset, release in
            ["version": Self.pageVersion(release), "toDefault": offset == 0, "fromDefault": offset == min(1, versioned.count - 1)]
        }
        let targets = CompareTargets(component.releases)
        let ready: [[String: Any]] = versioned.map { release in
            let newer = Self.pageVersion(release)
            let pages: [[String: Any]] = targets.targets(for: release).map { older in
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
        files[indexPath] = compareIndex(versioned)
    }

    /// `window.heraldCompareIndex = {…};`: for each release its version, tag, base, date, page and changes, each
    /// change as `[group, names, shipped in, text, anchor]`, the least the form's script needs to compare any two.
    func compareIndex(_ releases: [NotesDocument]) -> Data {
        // The text release pages already show; published releases' changes are rendered here.
        var shown: [String: String] = [:]
        for release in self.releases {
            for entry in release.entries { shown[Self.shownKey(page: release.path, commit: entry.change.commit)] = entry.text }
        }
        var script = Array("window.heraldCompareIndex = [".utf8)
        for (index, release) in releases.enumerated() {
            if index > 0 { script += Array(",\n".utf8) }
            let version = Self.pageVersion(release)
            script += Array("{\"v\":".utf8)
            SearchIndexStep.appendScriptString(version, to: &script)
            script += Array(",\"t\":".utf8)
            SearchIndexStep.appendScriptString(release.range.to, to: &script)
            script += Array(",\"b\":".utf8)
            if let base = release.range.from { SearchIndexStep.appendScriptString(base, to: &script) } else { script += Array("null".utf8) }
            script += Array(",\"d\":".utf8)
            SearchIndexStep.appendScriptString(release.date?.day ?? "", to: &script)
            script += Array(",\"p\":".utf8)
            SearchIndexStep.appendScriptString(paths.releasePage(release.component, version: version), to: &script)
            script += Array(",\"n\":\(release.publishedNotes == nil ? 0 : 1),\"e\":[".utf8)
            for (offset, change) in release.changes.enumerated() {
                if offset > 0 { script.append(UInt8(ascii: ",")) }
                script += Array("[\(ComparisonGroup(change).rawValue),[".utf8)
                // Short commits keep the index small; they only need to tell this component's changes apart.
                let keys = ChangeIdentity.keys(of: change).map { $0.hasPrefix("commit:") ? String($0.prefix(19)) : $0 }
                appendList(keys, to: &script)
                script += Array("],[".utf8)
                appendList(change.shippedIn.map(\.tagName), to: &script)
                script += Array("],".utf8)
                SearchIndexStep.appendScriptString(shownText(change, in: release, entries: shown), to: &script)
                script.append(UInt8(ascii: ","))
                SearchIndexStep.appendScriptString(SiteEntry.anchor(of: change), to: &script)
                script.append(UInt8(ascii: "]"))
            }
            script += Array("]}".utf8)
        }
        script += Array("];\n".utf8)
        return Data(script)
    }

    /// The text a reader sees for `change` of `release`: as its page shows it, else rendered now.
    private func shownText(_ change: Change, in release: NotesDocument, entries shown: [String: String]) -> String {
        let page = paths.releasePage(release.component, version: Self.pageVersion(release))
        if let text = shown[Self.shownKey(page: page, commit: change.commit)] { return text }
        let writer = LinkedNotesMarkdown(layout: notes.layout, repositoryURL: content.repositoryURL)
        return notesRenderer(at: release.range.to).render(writer.item(change, release: release.version)).text
    }

    /// Strings as JSON list items, without the brackets.
    private func appendList(_ strings: [String], to script: inout [UInt8]) {
        for (index, string) in strings.enumerated() {
            if index > 0 { script.append(UInt8(ascii: ",")) }
            SearchIndexStep.appendScriptString(string, to: &script)
        }
    }
}
