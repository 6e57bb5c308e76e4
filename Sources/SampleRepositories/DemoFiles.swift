/// File contents for the demo repository, kept apart so the recipe reads as a history.
enum DemoFiles {
    /// A Go source file with the Kubernetes license header.
    static func go(_ package: String, _ body: String) -> String {
        """
        /*
        Copyright 2024 The Kubernetes Authors.

        Licensed under the Apache License, Version 2.0 (the "License");
        */

        package \(package)

        \(body)

        """
    }

    /// The deployment manifest pinning the sidecar image at `version`.
    static func deployment(_ version: String) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: csi-sample-sidecar
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: csi-sample-sidecar
          template:
            metadata:
              labels:
                app: csi-sample-sidecar
            spec:
              serviceAccountName: csi-sample-sidecar
              containers:
                - name: csi-sample-sidecar
                  image: \(DemoRepository.image):\(version)
                  args:
                    - "--v=5"
                    - "--csi-address=$(ADDRESS)"
                    - "--leader-election"

        """
    }

    /// `go.mod` with the two dependencies Dependabot bumps.
    static func goModule(net: String, grpc: String) -> String {
        """
        module github.com/kubernetes-csi/csi-sample-sidecar

        go 1.21

        require (
        \tgithub.com/kubernetes-csi/csi-lib-utils v0.17.0
        \tgolang.org/x/net v\(net)
        \tgoogle.golang.org/grpc v\(grpc)
        \tk8s.io/client-go v0.29.0
        )

        """
    }

    /// The README; later revisions add sections.
    static func readme(revision: Int) -> String {
        var text = """
        # csi-sample-sidecar

        The CSI sample sidecar watches VolumeSnapshot objects and calls the CSI driver to take snapshots.

        """
        if revision >= 2 {
            text += "\n## Usage\n\nDeploy it next to your CSI driver with `kubectl apply -f deploy/kubernetes`.\n"
        }
        if revision >= 3 {
            text += "\n## Compatibility\n\n| Sidecar | Kubernetes |\n|---------|------------|\n| v2.x    | 1.27+      |\n"
        }
        return text
    }

    /// The command's entry point, with the flags it has grown so far.
    static func main(flags: [String]) -> String {
        let declarations = flags.map { "\t\($0)" }.joined(separator: "\n")
        return go("main", """
        import "flag"

        var (
        \(declarations)
        )

        func main() {
        \tflag.Parse()
        \trun()
        }
        """)
    }

    /// The controller, before and after the nil pointer fix that gets backported.
    static func controller(checksNil: Bool) -> String {
        let guardLine = checksNil ? "\tif content == nil {\n\t\treturn nil\n\t}\n" : ""
        return go("controller", """
        // syncContent reconciles one VolumeSnapshotContent.
        func (c *Controller) syncContent(content *VolumeSnapshotContent) error {
        \(guardLine)\treturn c.handler.Sync(content.Spec)
        }
        """)
    }

    /// The event recorder, before and after the race fix.
    static func events(locked: Bool) -> String {
        let lock = locked ? "\tr.mu.Lock()\n\tdefer r.mu.Unlock()\n" : ""
        return go("controller", """
        // record emits one Kubernetes event.
        func (r *recorder) record(reason, message string) {
        \(lock)\tr.events = append(r.events, reason+": "+message)
        }
        """)
    }

    /// The leader election lease, whose name a released fix changes (and a revert restores).
    static func lease(name: String) -> String {
        go("leaderelection", "// LeaseName is the name of the leader election lease.\nconst LeaseName = \"\(name)\"")
    }

    /// The vendored `release-tools/` files at upstream revision `revision`.
    static func releaseTools(revision: Int) -> [String: String] {
        [
            "README.md": "# release-tools\n\nShared build and CI scripts for Kubernetes-CSI repositories.\n",
            "build.make": "# revision \(revision)\nGO_VERSION ?= 1.2\(revision)\n\nbuild:\n\tgo build ./cmd/...\n",
            "prow.sh": "#!/bin/sh\n# revision \(revision)\nset -e\nmake test\n",
        ]
    }
}
