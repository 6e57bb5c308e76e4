import Configuration
import Testing

/// Strictness: each bad file is one error naming the file, the line and the key path.
@Suite struct ConfigurationErrorTests {
    static let kinds = "feature, api-change, fix, deprecation, documentation, design, dependency, performance, failing-test, cleanup, other"

    @Test(arguments: [
        (
            "project: x\nreleases: []\n",
            ".herald.yml:2: releases: unknown key; known keys are project, repository, components, rules, exclude, sections, notes, sources, site, drafts, lint, tags"
        ),
        (
            "components:\n  - name: server\n  - name: client\n    tagPrefix: client/\n    pathz: [client/**]\n",
            ".herald.yml:5: components[1].pathz: unknown key; known keys are name, paths, tagPrefix, images, imageTags, imageTagScheme, manifests"
        ),
        (
            "components:\n  - name: server\n    paths:\n      docs: x\n",
            ".herald.yml:3: components[0].paths: expected a list of strings, found a mapping"
        ),
        (
            "components:\n  - name: server\n    images: registry.k8s.io/x\n",
            ".herald.yml:3: components[0].images: expected a list of strings, found a string"
        ),
        (
            "components:\n  - name: [a, b]\n",
            ".herald.yml:2: components[0].name: expected a string, found a list"
        ),
        (
            "components:\n  name: server\n",
            ".herald.yml:1: components: expected a list of components, found a mapping"
        ),
        (
            "- project\n",
            ".herald.yml:1: expected a mapping of project, repository, components, rules, exclude, sections, notes, sources, site, drafts, lint, tags at the top level, found a list"
        ),
        (
            "rules:\n  - kind: fix\n    title: \"([unclosed\"\n",
            ".herald.yml:3: rules[0].title: invalid regular expression '([unclosed'; check its brackets, parentheses and escapes"
        ),
        (
            "rules:\n  - kind: fix\n    title: fix\n  - kind: cleanup\n    body: \"(?<\"\n",
            ".herald.yml:5: rules[1].body: invalid regular expression '(?<'; check its brackets, parentheses and escapes"
        ),
        (
            "components:\n  - name: server\n    paths:\n      - cmd/**\n      - \"pkg/**.go\"\n",
            ".herald.yml:5: components[0].paths[1]: invalid glob 'pkg/**.go': '**' must be a whole path component, as in 'deploy/**/*.yaml'"
        ),
        (
            "components:\n  - name: server\n    manifests: [\"deploy/[abc\"]\n",
            ".herald.yml:3: components[0].manifests[0]: invalid glob 'deploy/[abc': unclosed '['; close the character class with ']' or escape it as '\\['"
        ),
        (
            "rules:\n  - kind: feat\n    title: \"^feat\"\n",
            ".herald.yml:2: rules[0].kind: unknown kind 'feat'; known kinds are \(kinds)"
        ),
        (
            "rules:\n  - kind: breaking\n    title: \"!:\"\n",
            ".herald.yml:2: rules[0].kind: unknown kind 'breaking'; known kinds are \(kinds); breaking is a flag, not a kind"
        ),
        (
            "sections:\n  - kind: bugs\n    title: Bugs\n",
            ".herald.yml:2: sections[0].kind: unknown kind 'bugs'; known kinds are breaking, \(kinds)"
        ),
        (
            "rules:\n  - title: \"^docs\"\n",
            ".herald.yml:2: rules[0]: missing key kind; add it, as in kind: documentation"
        ),
        (
            "rules:\n  - kind: fix\n",
            ".herald.yml:2: rules[0]: a rule needs at least one of title, body, paths; without one it would never match"
        ),
        (
            "components:\n  - name: server\n  - name: client\n    tagPrefix: client/\n  - name: server\n    tagPrefix: server/\n",
            ".herald.yml:5: components[2].name: duplicate component name 'server', already used by components[0]; give each component its own name"
        ),
        (
            "components:\n  - name: server\n  - name: client\n",
            ".herald.yml:3: components[1]: tag prefix '' is already used by components[0] (server); give each component its own tagPrefix"
        ),
        (
            "components:\n  - name: \"my component\"\n",
            ".herald.yml:2: components[0].name: 'my component' is not a usable component name; use letters, digits, '.', '_' and '-', not starting with '.' or '-'"
        ),
        (
            "components: []\n",
            ".herald.yml:1: components: expected at least one component; remove the key to treat the repository as one component"
        ),
        (
            "project: x\nrepository: owner\n",
            ".herald.yml:2: repository: 'owner' is not owner/name; write the github repository like kubernetes-csi/csi-driver-host-path"
        ),
        (
            "repository: https://github.com/kubernetes-csi/csi-driver-host-path\n",
            ".herald.yml:1: repository: 'https://github.com/kubernetes-csi/csi-driver-host-path' is not owner/name; write the github repository like kubernetes-csi/csi-driver-host-path"
        ),
        (
            "site:\n  title: Docs\n  baseURL: kubernetes-csi.github.io/csi-driver-host-path\n",
            ".herald.yml:3: site.baseURL: 'kubernetes-csi.github.io/csi-driver-host-path' is not an absolute http(s) url; write it like https://owner.github.io/project/"
        ),
        (
            "site:\n  baseURL: ftp://example.org/\n",
            ".herald.yml:2: site.baseURL: 'ftp://example.org/' is not an absolute http(s) url; write it like https://owner.github.io/project/"
        ),
        (
            "site:\n  docs: ../elsewhere\n",
            ".herald.yml:2: site.docs: '../elsewhere' is outside the repository; give a repository-relative folder such as site"
        ),
        (
            "components:\n  - name: server\n    images: [\"registry.k8s.io/sig-storage/csi-provisioner:v3.1.0\"]\n",
            ".herald.yml:3: components[0].images[0]: 'registry.k8s.io/sig-storage/csi-provisioner:v3.1.0' has a tag or digest; give the name only, herald adds :vX.Y.Z"
        ),
        (
            "sections:\n  - kind: fix\n    title: Fixes\n  - kind: fix\n    title: More fixes\n",
            ".herald.yml:4: sections[1].kind: duplicate section for kind fix, already given by sections[0]; list each kind once"
        ),
        (
            "site:\n  titel: Docs\n",
            ".herald.yml:2: site.titel: unknown key; known keys are title, baseURL, docs"
        ),
    ] as [(String, String)])
    func rejects(yaml: String, message: String) {
        #expect {
            _ = try HeraldConfiguration(yaml: yaml, file: ".herald.yml")
        } throws: { error in
            "\(error)" == message
        }
    }

    @Test(arguments: [
        ("project: x\ncomponents:\n  - name: a\n   paths: [\"**\"]\n", 4),
        ("project: [unclosed\n", 2),
        ("project: x\n\tsite: {}\n", 2),
        ("project: x\nproject: y\n", 1),
        ("project: x\n---\nproject: y\n", 2),
    ] as [(String, Int)])
    func yamlSyntaxErrorsNameTheLine(yaml: String, line: Int) {
        #expect {
            _ = try HeraldConfiguration(yaml: yaml, file: "ci/herald.yml")
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.file == "ci/herald.yml" && error.line == line && error.keyPath == nil
                && (error.problem == .duplicateKeys(["project"]) || error.description.hasPrefix("ci/herald.yml:\(line): invalid yaml: "))
        }
    }

    @Test func errorFieldsAreSeparate() {
        #expect {
            _ = try HeraldConfiguration(yaml: "components:\n  - name: a\n    pathz: []\n", file: "x.yml")
        } throws: { error in
            error as? ConfigurationError == ConfigurationError(
                file: "x.yml", line: 3, keyPath: "components[0].pathz",
                .unknownKey(known: ["name", "paths", "tagPrefix", "images", "imageTags", "imageTagScheme", "manifests"])
            )
        }
    }

    @Test func descriptionLeavesOutWhatIsUnknown() {
        #expect(ConfigurationError(file: "a.yml", .noSuchFile).description == "a.yml: no such file")
        #expect(ConfigurationError(file: "a.yml", line: 3, .expectedBoolean).description == "a.yml:3: expected true or false")
        #expect(ConfigurationError(file: "a.yml", keyPath: "site", .expectedBoolean).description == "a.yml: site: expected true or false")
    }
}

/// The `drafts` and `lint` keys.
@Suite struct WorkflowConfigurationTests {
    @Test func readsDraftsAndLint() throws {
        let configuration = try HeraldConfiguration(yaml: """
            drafts:
              folder: notes/
              pullRequestMetadata: true
            lint:
              allow: ["^Bump ", "^\\\\[release-"]
            """, file: ".herald.yml")
        #expect(configuration.workflow.draftsFolder == "notes")
        #expect(configuration.workflow.pullRequestMetadata)
        #expect(configuration.workflow.allows(title: "Bump x from 1 to 2"))
        #expect(configuration.workflow.allows(title: "[release-1.2] Fix"))
        #expect(!configuration.workflow.allows(title: "Fix crash"))
        #expect(HeraldConfiguration.default.workflow.draftsFolder == "releases")
    }

    @Test(arguments: [
        ("drafts:\n  folder: ../out\n", ".herald.yml:2: drafts.folder: '../out' is outside the repository"),
        ("drafts:\n  pullRequestMetadata: maybe\n", ".herald.yml:2: drafts.pullRequestMetadata: expected true or false"),
        ("lint:\n  allow: [\"([\"]\n", ".herald.yml:2: lint.allow[0]: invalid regular expression"),
        ("lint:\n  deny: []\n", ".herald.yml:2: lint.deny: unknown key; known keys are allow"),
    ])
    func rejectsBadWorkflowSettings(yaml: String, message: String) {
        #expect {
            try HeraldConfiguration(yaml: yaml, file: ".herald.yml")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }
}
