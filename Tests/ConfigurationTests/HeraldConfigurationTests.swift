import HeraldSupport
import Changes
import Configuration
import Foundation
import Testing

/// Valid files parse to the expected model, with the documented defaults.
@Suite struct HeraldConfigurationTests {
    static let designExample = """
        project: csi-driver-host-path
        repository: kubernetes-csi/csi-driver-host-path   # owner/name on GitHub
        components:
          - name: hostpath
            paths: ["**"]                  # globs; a change touching them belongs to the component
            tagPrefix: ""                  # "client/" makes client/v1.2.3 this component's tags
            images: ["registry.k8s.io/sig-storage/hostpathplugin"]   # images it publishes
            manifests: ["deploy/**/*.yaml", "deploy/**/*.patch"]     # files that pin images, read at each tag
        rules:
          - kind: documentation
            paths: ["docs/**"]
          - kind: dependency
            title: "^(Bump|Update) .* from .* to "
        site:
          title: CSI hostpath driver
          baseURL: https://kubernetes-csi.github.io/csi-driver-host-path/
          docs: site
        """

    @Test func designExampleParses() throws {
        let configuration = try HeraldConfiguration(yaml: Self.designExample, file: ".herald.yml")
        let expected = HeraldConfiguration(
            project: "csi-driver-host-path",
            repository: "kubernetes-csi/csi-driver-host-path",
            components: [
                ComponentConfiguration(
                    name: "hostpath", paths: [try Glob("**")], tagPrefix: "",
                    images: ["registry.k8s.io/sig-storage/hostpathplugin"],
                    manifests: [try Glob("deploy/**/*.yaml"), try Glob("deploy/**/*.patch")]
                ),
            ],
            rules: [
                ClassificationRule(kind: .documentation, paths: [try Glob("docs/**")]),
                ClassificationRule(kind: .dependency, title: try NSRegularExpression(pattern: "^(Bump|Update) .* from .* to ")),
            ],
            site: SiteConfiguration(
                title: "CSI hostpath driver",
                baseURL: URL(string: "https://kubernetes-csi.github.io/csi-driver-host-path/"),
                docs: "site"
            )
        )
        #expect(configuration == expected)
        #expect(configuration.declaresComponents)
        #expect(configuration.repositoryOwner == "kubernetes-csi")
        #expect(configuration.repositoryName == "csi-driver-host-path")
        #expect(configuration.needsChangedPaths)
    }

    @Test func monorepoWithSectionsParses() throws {
        let yaml = """
            components:
              - name: server
                paths: [cmd/**, pkg/**]
              - name: client
                paths:
                  - client/**
                  - pkg/api/**
                tagPrefix: client/
            sections:
              - kind: breaking
                title: Action required
              - kind: feature
                title: New features
              - {kind: fix, title: Bug fixes}
            """
        let configuration = try HeraldConfiguration(yaml: yaml, file: ".herald.yml")
        #expect(configuration.componentNames == ["server", "client"])
        #expect(configuration.component(named: "client")?.tagPrefix == "client/")
        #expect(configuration.component(named: "server")?.tagPrefix == "")
        #expect(configuration.components.filter { $0.ownership.owns(["pkg/api/types.go"]) }.map(\.name) == ["server", "client"])
        #expect(configuration.components.filter { $0.ownership.owns(["client/go.mod"]) }.map(\.name) == ["client"])
        #expect(configuration.components.filter { $0.ownership.owns(["README.md"]) }.isEmpty)
        #expect(configuration.needsChangedPaths)
        #expect(configuration.sections == [
            SectionConfiguration(kind: .breaking, title: "Action required"),
            SectionConfiguration(kind: .change(.feature), title: "New features"),
            SectionConfiguration(kind: .change(.fix), title: "Bug fixes"),
        ])
    }

    @Test(arguments: ["", "\n", "# only a comment\n", "---\n", "~\n", "null"])
    func emptyFileIsTheDefault(yaml: String) throws {
        let configuration = try HeraldConfiguration(yaml: yaml, file: ".herald.yml")
        #expect(configuration == .default)
        #expect(configuration.components == [ComponentConfiguration(name: "default", paths: [Glob.everything], tagPrefix: "")])
        #expect(!configuration.declaresComponents)
        #expect(!configuration.needsChangedPaths)
        #expect(configuration.site == nil && configuration.rules.isEmpty && configuration.sections.isEmpty)
    }

    @Test func defaultsFillWhatIsLeftOut() throws {
        let yaml = """
            project: hostpath
            components:
              - name: hostpath
            rules:
            site:
              baseURL: https://example.github.io/project
            """
        let configuration = try HeraldConfiguration(yaml: yaml, file: ".herald.yml")
        let component = try #require(configuration.components.first)
        #expect(component.paths == [Glob.everything] && component.tagPrefix == "" && component.images.isEmpty)
        #expect(component.manifests.isEmpty && component.coversEverything)
        #expect(configuration.rules.isEmpty)
        #expect(configuration.site == SiteConfiguration(title: nil, baseURL: URL(string: "https://example.github.io/project/"), docs: "site"))
    }

    @Test(arguments: [
        ("project: csi-provisioner\n", "csi-provisioner"),
        ("repository: kubernetes-csi/external-snapshotter\n", "external-snapshotter"),
        ("project: CSI Driver\nrepository: kubernetes-csi/csi-driver\n", "csi-driver"),
    ] as [(String, String)])
    func implicitComponentIsNamedAfterTheProject(yaml: String, name: String) throws {
        let configuration = try HeraldConfiguration(yaml: yaml, file: ".herald.yml")
        #expect(configuration.componentNames == [name])
        #expect(!configuration.declaresComponents)
    }

    @Test func scalarsOfOtherTypesAreReadAsWritten() throws {
        let configuration = try HeraldConfiguration(yaml: "project: 2048\nsite:\n  title: yes\n", file: ".herald.yml")
        #expect(configuration.project == "2048")
        #expect(configuration.site?.title == "yes")
    }
}

/// `tags.ignore`: globs of tags that are no releases.
struct IgnoredTagsConfigurationTests {
    @Test func readsGlobsAndRefusesUnknownKeys() throws {
        let configuration = try HeraldConfiguration(yaml: "tags:\n  ignore: [\"api/*\", \"client/**\"]\n", file: ".herald.yml")
        #expect(configuration.ignores(tag: "api/v3.5.0") && configuration.ignores(tag: "client/pkg/v3.5.0"))
        #expect(!configuration.ignores(tag: "v3.5.0") && !configuration.ignores(tag: "api/x/v1.0.0"))
        #expect(throws: ConfigurationError.self) { try HeraldConfiguration(yaml: "tags:\n  ignored: [\"x\"]\n", file: ".herald.yml") }
    }
}
