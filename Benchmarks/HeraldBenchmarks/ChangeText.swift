import HeraldSupport

/// A fixed identity that commits, merges and tags are written under.
struct Person {
    /// Display name, as in `git log --format=%an`.
    let name: String
    /// Email, as in `%ae`.
    let email: String
    /// GitHub login, used in merge subjects and branch names.
    let login: String
    /// Time-zone offset in fast-import's `+hhmm` form.
    let zone: String
}

/// The words of a Kubernetes CSI sidecar's history: people, PR titles, bodies, release notes and file contents.
enum ChangeText {
    /// Contributors; names with non-ASCII letters are there on purpose.
    static let contributors: [Person] = [
        ("Jan Šafránek", "jsafrane"), ("Michelle Au", "msau42"), ("Xing Yang", "xing-yang"),
        ("Patrick Ohly", "pohly"), ("Hemant Kumar", "gnufied"), ("Saad Ali", "saad-ali"),
        ("Andy Zhang", "andyzhangx"), ("Humble Chirammal", "humblec"), ("Grant Griffiths", "ggriffiths"),
        ("Jiawei Wang", "Jiawei0227"), ("Raunak Shah", "RaunakShah"), ("Sunny Song", "sunnylovestiramisu"),
        ("Jonathan Gu", "jgu17"), ("Ben Swartzlander", "bswartz"), ("Carlos Panato", "cpanato"),
        ("Madhu Rajanna", "Madhu-1"), ("Niels de Vos", "nixpanic"), ("Rakshith R", "Rakshith-R"),
        ("Mauricio Poppe", "mauriciopoppe"), ("Connor Catlett", "ConnorJC3"), ("Jordan Liggitt", "liggitt"),
        ("Yuki Iwai", "tenzen-y"), ("Tim Hockin", "thockin"), ("Ludovic Cavé-Marie", "lcavem"),
    ].enumerated().map { index, entry in
        let zones = ["+0000", "+0200", "-0700", "+0800", "+0530", "-0400"]
        return Person(name: entry.0, email: "\(entry.1.lowercased())@users.example.org",
                      login: entry.1, zone: zones[index % zones.count])
    }

    /// The bot that writes GitHub merge commits for Prow.
    static let mergeBot = Person(name: "Kubernetes Prow Robot", email: "k8s-ci-robot@users.noreply.github.com",
                                 login: "k8s-ci-robot", zone: "+0000")

    /// GitHub as committer of web merges and squashes.
    static let github = Person(name: "GitHub", email: "noreply@github.com", login: "web-flow", zone: "+0000")

    /// Paths that most changes touch; histories reuse a small tree.
    static let paths = [
        "cmd/csi-sidecar/main.go", "pkg/controller/controller.go", "pkg/controller/controller_test.go",
        "pkg/controller/topology.go", "pkg/features/features.go", "pkg/metrics/metrics.go",
        "pkg/capacity/capacity.go", "pkg/capacity/capacity_test.go", "pkg/util/volume.go",
        "deploy/kubernetes/rbac.yaml", "deploy/kubernetes/deployment.yaml", "go.mod", "go.sum",
        "README.md", "Makefile", "release-tools/prow.sh", "release-tools/build.make", "Dockerfile",
        "test/e2e/provisioning.go", "vendor/modules.txt",
    ]

    private static let verbs = ["Fix", "Add", "Update", "Remove", "Use", "Handle", "Support", "Refactor",
                                "Improve", "Avoid", "Deprecate", "Expose", "Document", "Retry", "Validate"]
    private static let subjects = [
        "volume attach timeout", "CSI driver name validation", "leader election lease renewal",
        "snapshot content deletion", "node topology keys", "metrics for CreateVolume calls",
        "VolumeAttachment finalizer", "PVC data source handling", "storage capacity tracking",
        "informer resync period", "gRPC connection backoff", "kube-api QPS and burst flags",
        "volume group snapshot status", "fsGroup policy checks", "secret reference templating",
        "HonorPVReclaimPolicy feature gate", "klog verbosity of events", "RBAC rules for leases",
        "unit tests for the controller", "e2e test manifests", "Dockerfile base image",
    ]
    private static let qualifiers = ["", "", "in controller", "for migrated volumes", "when node is deleted",
                                     "on CSI timeout", "during shutdown", "in sidecar", "for Windows nodes",
                                     "behind feature gate", "after restart", "in the external provisioner"]
    private static let sentences = [
        "The controller retried forever when the driver returned a final error.",
        "This moves the check before the informer cache is consulted.",
        "Without this the sidecar logs a warning for every resync.",
        "Tested manually on a kind cluster with the hostpath driver.",
        "The old flag still works but prints a deprecation notice.",
        "Follow-up to the change in the previous release.",
        "Updated go.mod and vendor/ with go mod tidy && go mod vendor.",
        "Squashed commits from the review.",
    ]
    private static let notes = [
        "NONE", "NONE", "Fixed a race that left VolumeAttachment objects without a finalizer.",
        "Added the --retry-interval-max flag to bound exponential backoff.",
        "The sidecar now exposes csi_sidecar_operations_seconds for every CSI call.",
        "Action required: the --leader-election-type flag was removed; use Lease objects.",
    ]

    /// A PR title of about fifty characters.
    static func title(_ random: inout DeterministicRandom) -> String {
        if random.chance(8) {
            let minor = random.between(20, 70)
            return "Bump google.golang.org/grpc from 1.\(minor).0 to 1.\(minor + 1).0"
        }
        let qualifier = random.pick(qualifiers)
        let base = "\(random.pick(verbs)) \(random.pick(subjects))"
        return qualifier.isEmpty ? base : "\(base) \(qualifier)"
    }

    /// A body of 0–400 characters, sometimes with a ```release-note block.
    static func body(_ random: inout DeterministicRandom, author: Person, releaseNoteChance: Int) -> String {
        var lines: [String] = []
        for _ in 0..<random.weighted([(3, 0), (4, 1), (3, 2), (2, 3)]) {
            lines.append(random.pick(sentences))
        }
        var paragraphs = lines.isEmpty ? [] : [lines.joined(separator: random.chance(50) ? "\n\n" : "\n")]
        if random.chance(releaseNoteChance) {
            paragraphs.append("```release-note\n\(random.pick(notes))\n```")
        }
        if !paragraphs.isEmpty, random.chance(30) {
            paragraphs.append("Signed-off-by: \(author.name) <\(author.email)>")
        }
        return paragraphs.joined(separator: "\n\n")
    }

    /// A branch name derived from a title, as contributors name them.
    static func branchName(for title: String) -> String {
        let words = title.lowercased().split(separator: " ").prefix(4)
        return words.map { $0.filter { $0.isLetter || $0.isNumber || $0 == "." } }.joined(separator: "-")
    }

    /// The small content written to `path` by commit number `serial`.
    static func content(path: String, serial: Int) -> String {
        "// \(path)\n// revision \(serial)\npackage sidecar\n\nconst revision = \(serial)\n"
    }
}
