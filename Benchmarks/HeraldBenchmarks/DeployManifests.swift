import HeraldSupport

/// A sidecar image the monorepo's deployment pins, with the version it is pinned at.
struct SidecarPin {
    /// The image without a tag, e.g. `registry.k8s.io/sig-storage/csi-provisioner`.
    let image: String
    /// Container name in the deployment, and key in the Helm values.
    let name: String
    /// Major, minor and patch of the pinned tag.
    var version: (major: Int, minor: Int, patch: Int)

    /// The pinned tag, "v3.6.1".
    var tag: String {
        "v\(version.major).\(version.minor).\(version.patch)"
    }
}

/// The manifests under `deploy/` that every release of the monorepo's server rewrites: a two-document
/// deployment, a kustomization and Helm values, pinning the server at its release and two sidecars.
struct DeployManifests {
    /// The image the server component publishes, as `.herald.yml` declares it.
    static let serverImage = "registry.example.com/bench/server"

    /// The server's tag: a release's version, or "canary" before the first one.
    var serverTag = "canary"
    /// The two sidecars, moved now and then.
    private(set) var sidecars = [
        SidecarPin(image: "registry.k8s.io/sig-storage/csi-provisioner", name: "csi-provisioner",
                   version: (3, 0, 0)),
        SidecarPin(image: "registry.k8s.io/sig-storage/livenessprobe", name: "livenessprobe", version: (2, 4, 0)),
    ]

    /// Moves each sidecar with a small chance: mostly a patch, sometimes a minor, on a minor release rarely a major.
    mutating func moveSidecars(_ random: inout DeterministicRandom, minorRelease: Bool) {
        for index in sidecars.indices {
            var version = sidecars[index].version
            switch random.weighted([(70, 0), (15, 1), (minorRelease ? 12 : 0, 2), (minorRelease ? 3 : 0, 3)]) {
            case 1: version.patch += 1
            case 2: version = (version.major, version.minor + 1, 0)
            case 3: version = (version.major + 1, 0, 0)
            default: continue
            }
            sidecars[index].version = version
        }
    }

    /// The three files with their whole content.
    var files: [FileChange] {
        [
            FileChange(path: "deploy/kubernetes/deployment.yaml", content: deployment),
            FileChange(path: "deploy/kustomize/kustomization.yaml", content: kustomization),
            FileChange(path: "deploy/helm/values.yaml", content: values),
        ]
    }

    /// A service account and a deployment whose containers are the server and both sidecars.
    private var deployment: String {
        let containers = [("server", "\(Self.serverImage):\(serverTag)")]
            + sidecars.map { ($0.name, "\($0.image):\($0.tag)") }
        return """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: bench-server
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: bench-server
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: bench-server
              template:
                metadata:
                  labels:
                    app: bench-server
                spec:
                  serviceAccountName: bench-server
                  containers:

            """ + containers.map { name, image in
                "        - name: \(name)\n          image: \(image)\n          args: [\"--v=5\"]\n"
            }.joined()
    }

    /// Kustomize `images:` overriding the server and the provisioner.
    private var kustomization: String {
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
          - ../kubernetes/deployment.yaml
        images:
          - name: \(Self.serverImage)
            newName: \(Self.serverImage)
            newTag: \(serverTag)
          - name: \(sidecars[0].image)
            newName: \(sidecars[0].image)
            newTag: \(sidecars[0].tag)

        """
    }

    /// Helm values with `repository` and `tag` pairs for the server and the liveness probe.
    private var values: String {
        """
        replicaCount: 2
        image:
          repository: \(Self.serverImage)
          tag: \(serverTag)
          pullPolicy: IfNotPresent
        livenessprobe:
          image:
            repository: \(sidecars[1].image)
            tag: \(sidecars[1].tag)

        """
    }
}
