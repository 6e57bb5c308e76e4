import Testing
@testable import Images

@Suite struct ManifestScannerTests {
    let scanner = ManifestScanner()

    /// The pinned references of a scan with their lines, for compact expectations.
    func pins(_ file: String, _ contents: String) -> [String] {
        scanner.scan(file: file, contents: contents).images.map { "\($0.line) \($0.reference)" }
    }

    @Test func readsEveryDocumentOfAMultiDocumentFile() {
        let yaml = """
            apiVersion: apps/v1
            kind: Deployment
            spec:
              template:
                spec:
                  containers:
                    - name: provisioner
                      image: registry.k8s.io/sig-storage/csi-provisioner:v5.1.0
                    - name: attacher
                      image: "registry.k8s.io/sig-storage/csi-attacher:v4.6.1"
            ---
            apiVersion: v1
            kind: Pod
            spec:
              initContainers:
                - image: busybox:1.36
            ---
            kind: Job
            spec:
              containers:
                - image: registry.k8s.io/sig-storage/csi-provisioner:v5.1.0
                - image: quay.io/k8scsi/mock:v1.0.0-rc1
            """
        let result = scanner.scan(file: "deploy/hostpath.yaml", contents: yaml)
        #expect(result.images.map { "\($0.line) \($0.reference)" } == [
            "8 registry.k8s.io/sig-storage/csi-provisioner:v5.1.0",
            "10 registry.k8s.io/sig-storage/csi-attacher:v4.6.1",
            "16 busybox:1.36",
            "22 quay.io/k8scsi/mock:v1.0.0-rc1",
        ])
        #expect(result.images.allSatisfy { $0.file == "deploy/hostpath.yaml" })
        #expect(result.findings.isEmpty)
    }

    @Test func readsKustomizationImages() {
        let yaml = """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
              - deploy.yaml
            images:
              - name: csi-provisioner
                newName: registry.k8s.io/sig-storage/csi-provisioner
                newTag: v5.1.0
              - name: registry.k8s.io/sig-storage/csi-attacher
                newTag: 4.6
              - name: nginx
                digest: sha256:\(ImageReferenceTests.hex64)
              - name: untouched
            """
        #expect(pins("deploy/kustomization.yaml", yaml) == [
            "6 registry.k8s.io/sig-storage/csi-provisioner:v5.1.0",
            "9 registry.k8s.io/sig-storage/csi-attacher:4.6",
            "11 nginx@sha256:\(ImageReferenceTests.hex64)",
        ])
    }

    @Test func readsHelmValuesKeepingNumericTagsAsWritten() {
        let yaml = """
            image:
              registry: registry.k8s.io
              repository: sig-storage/csi-provisioner
              tag: v5.1.0
            sidecar:
              repository: nginx
              tag: 1.2
              pullPolicy: IfNotPresent
            proxy:
              image: {repository: envoyproxy/envoy, tag: 1.10}
            templated:
              repository: "{{ .Values.global.repository }}"
              tag: v1
            """
        #expect(pins("charts/csi/values.yaml", yaml) == [
            "2 registry.k8s.io/sig-storage/csi-provisioner:v5.1.0",
            "6 nginx:1.2",
            "10 envoyproxy/envoy:1.10",
        ])
    }

    @Test func readsAddedAndContextLinesOfAPatch() {
        let patch = """
            From 0123456789abcdef Mon Sep 17 00:00:00 2001
            Subject: [PATCH] bump the provisioner

                image: quoted/in-message:v0
            ---
            diff --git a/deploy/app.yaml b/deploy/app.yaml
            --- a/deploy/app.yaml
            +++ b/deploy/app.yaml
            @@ -1,4 +1,6 @@
             containers:
            -  - image: registry.k8s.io/sig-storage/csi-provisioner:v5.0.1
            +  - image: registry.k8s.io/sig-storage/csi-provisioner:v5.1.0
               image: "busybox:1.36" # context
            +    imagePullPolicy: Always
            +    image: bad:v1+x
            +    image: "{{ .Values.image }}"
            """
        let result = scanner.scan(file: "patches/bump.patch", contents: patch)
        #expect(result.images.map { "\($0.line) \($0.reference)" } == [
            "12 registry.k8s.io/sig-storage/csi-provisioner:v5.1.0",
            "13 busybox:1.36",
        ])
        #expect(result.findings.map(\.description) == [
            "patches/bump.patch:15: invalid image reference 'bad:v1+x': tag 'v1+x' has '+', which tags cannot contain",
        ])
    }

    @Test func readsAPatchThatIsAYAMLFragment() {
        // csi-driver-host-path's deploy/kubernetes-1.30/hostpath/csi-snapshot-metadata-sidecar.patch: a kustomize-style patch.
        let fragment = """
            spec:
              template:
                spec:
                  containers:
                    - name: csi-snapshot-metadata
                      image: registry.k8s.io/sig-storage/csi-snapshot-metadata:v0.1.0
                      args: ["-v=5"]
            """
        let result = scanner.scan(file: "deploy/kubernetes-1.30/hostpath/csi-snapshot-metadata-sidecar.patch", contents: fragment)
        #expect(result.images.map { "\($0.line) \($0.reference)" } == ["6 registry.k8s.io/sig-storage/csi-snapshot-metadata:v0.1.0"])
        #expect(result.findings.isEmpty)
    }

    @Test(arguments: [
        "image: \"{{ .Values.image }}\"",
        "image: ${IMAGE}",
        "image: registry.k8s.io/app:{{ .Chart.AppVersion }}",
        "image:",
        "image: ~",
        "image: \"\"",
        "image: 5",
    ])
    func skipsTemplatesAndValuesThatAreNotReferences(line: String) {
        let result = scanner.scan(file: "deploy/app.yaml", contents: "spec:\n  \(line)\n")
        #expect(result.images.isEmpty)
        #expect(result.findings.isEmpty)
    }

    @Test func readsAnAliasOnce() {
        let yaml = """
            base: &container
              image: nginx:1.25
            other: *container
            more: [*container, *container]
            """
        #expect(pins("deploy/app.yaml", yaml) == ["2 nginx:1.25"])
    }
}
