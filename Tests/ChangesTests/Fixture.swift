import GitHistory

/// Hand-built commits for change detection: readable names become reproducible 40-character object names.
enum Fixture {
    /// A reproducible hex object name for `name`, so abbreviated names stay unique.
    static func sha(_ name: String) -> String {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        var hex = ""
        while hex.count < 40 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            mixed ^= mixed >> 31
            let digits = String(mixed, radix: 16)
            hex += String(repeating: "0", count: 16 - digits.count) + digits
        }
        return String(hex.prefix(40))
    }

    /// A commit named `name` whose parents are named by `parents`.
    static func commit(
        _ name: String, parents: [String] = ["base"], subject: String, body: String = "",
        author: String = "Alice Example", email: String = "alice@example.com", time: Int = 1_704_067_200
    ) -> Commit {
        Commit(
            sha: sha(name), parents: parents.map(sha), authorName: author, authorEmail: email,
            authorTime: time, commitTime: time, subject: subject, body: body
        )
    }

    /// A GitHub merge commit `Merge pull request #N from owner/branch` whose body is the PR title.
    static func merge(
        _ name: String, number: Int, from source: String, title: String, parents: [String]
    ) -> Commit {
        commit(
            name, parents: parents, subject: "Merge pull request #\(number) from \(source)", body: title,
            author: "Bob Example", email: "bob@example.com"
        )
    }

    /// A range from its first-parent line (newest first) and what each merge brought in.
    static func range(_ mainline: [Commit], merged: [String: [Commit]] = [:]) -> CommitRange {
        CommitRange(mainline: mainline, merged: Dictionary(uniqueKeysWithValues: merged.map { (sha($0.key), $0.value) }))
    }
}
