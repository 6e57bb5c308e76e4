import Testing
@testable import Configuration

/// `components[].imageTags`: forms by name, each optionally pushed to another registry path.
@Suite struct ImageTagConfigurationTests {
    @Test func readsFormsAndRegistries() throws {
        let yaml = """
            components:
              - name: csi-provisioner
                imageTags: [vX.Y.Z, {form: canary, registry: gcr.io/k8s-staging-sig-storage}]
            """
        let component = try #require(try HeraldConfiguration(yaml: yaml, file: ".herald.yml").components.first)
        #expect(component.imageTags == [
            ImageTagConfiguration(form: "vX.Y.Z"), ImageTagConfiguration(form: "canary", registry: "gcr.io/k8s-staging-sig-storage"),
        ])
        #expect(HeraldConfiguration.default.components[0].imageTags.isEmpty)
    }

    @Test(arguments: [
        ("components:\n  - name: a\n    imageTags: [latest]\n", ".herald.yml:3: components[0].imageTags[0]: unknown tag form 'latest'; known forms are vX.Y.Z"),
        ("components:\n  - name: a\n    imageTags: [{registry: x}]\n", ".herald.yml:3: components[0].imageTags[0]"),
        ("components:\n  - name: a\n    imageTags: [{form: canary, registry: \"gcr.io/x:y\"}]\n", ".herald.yml:3: components[0].imageTags[0].registry"),
        ("components:\n  - name: a\n    imageTags: [{form: canary, tag: x}]\n", ".herald.yml:3: components[0].imageTags[0].tag: unknown key; known keys are form, registry"),
    ])
    func rejectsBadForms(yaml: String, message: String) {
        #expect {
            try HeraldConfiguration(yaml: yaml, file: ".herald.yml")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }
}
