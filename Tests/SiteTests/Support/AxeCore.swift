import Foundation
import HeraldSupport

/// axe-core, Deque's accessibility rules engine, as the `axe.min.js` that PyPI's `axe-selenium-python` ships; it is
/// injected into a page `HeadlessChromium` loaded and reports the rules the page breaks.
///
/// That package bundles axe-core 3.1 (2018): it knows WCAG 2.0 and 2.1 rules such as `image-alt`, `button-name`,
/// `label`, `color-contrast` and `landmark-one-main`, but none of the rules axe added later.
struct AxeCore: Sendable {
    /// The `axe.min.js` file.
    var scriptPath: String

    /// Asks `python3` for the folder of the `axe_selenium_python` package, which keeps axe-core under `node_modules`.
    static let packageLookupScript = "import axe_selenium_python, os; print(os.path.dirname(axe_selenium_python.__file__))"

    /// The script's file name, looked for anywhere under the package's folder.
    static let scriptName = "axe.min.js"

    /// axe-core read from `scriptPath`.
    init(scriptPath: String) {
        self.scriptPath = scriptPath
    }

    /// Why axe-core could not be found, read or run.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        var reason: String

        /// The reason, for test failure messages.
        var description: String { "axe-core: \(reason)" }
    }

    /// axe-core from `HERALD_AXE_SCRIPT`, else from the `axe_selenium_python` package of a `python3` on PATH; nil
    /// when neither has it.
    static func locate() -> AxeCore? {
        let environment = ProcessInfo.processInfo.environment
        if let script = environment["HERALD_AXE_SCRIPT"], FileManager.default.fileExists(atPath: script) {
            return AxeCore(scriptPath: script)
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let python = "\(folder)/python3"
            guard FileManager.default.isExecutableFile(atPath: python) else { continue }
            let run = ChildRun(
                executable: python, arguments: ["-c", packageLookupScript], environment: environment, silenceLimit: 30
            )
            guard let (output, ending) = try? run.run(), ending.succeeded else { continue }
            let package = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !package.isEmpty, let script = findScript(under: URL(fileURLWithPath: package, isDirectory: true)) {
                return AxeCore(scriptPath: script.path)
            }
        }
        return nil
    }

    /// The first `axe.min.js` under `folder`, by sorted path so the choice is stable, or nil when there is none.
    static func findScript(under folder: URL) -> URL? {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: []
        ) else { return nil }
        var found: [URL] = []
        while let file = enumerator.nextObject() as? URL {
            guard file.lastPathComponent == scriptName,
                  (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            found.append(file)
        }
        return found.min { $0.path < $1.path }
    }

    /// The script's text, checked to look like axe-core so a wrong file fails here rather than inside the page.
    func scriptText() throws -> String {
        guard let data = FileManager.default.contents(atPath: scriptPath) else {
            throw Failure(reason: "cannot read \(scriptPath)")
        }
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains("axe") else { throw Failure(reason: "\(scriptPath) does not look like axe-core") }
        return text
    }

    /// The expression that runs axe on the whole document and resolves to its violations as plain values, each
    /// with at most `nodeLimit` of its nodes, so a page with hundreds of failures stays readable.
    static func runExpression(nodeLimit: Int = 5) -> String {
        """
        axe.run(document, {resultTypes: ["violations"]}).then(results => results.violations.map(violation => ({
            id: violation.id,
            impact: violation.impact || "",
            help: violation.help,
            helpURL: violation.helpUrl || "",
            nodeCount: violation.nodes.length,
            nodes: violation.nodes.slice(0, \(nodeLimit)).map(node => ({
                target: node.target.map(String).join(" "),
                html: node.html,
            })),
        })))
        """
    }
}
