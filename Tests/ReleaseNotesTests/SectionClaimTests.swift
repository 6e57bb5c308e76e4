import Changes
import Testing
@testable import ReleaseNotes

/// Keep a Changelog's Removed and Security take changes by what they do, before any section of their kind.
@Suite struct SectionClaimTests {
    @Test func claimsRemovalsAndSecurityFixes() {
        let layout = SectionLayout.keepAChangelog
        func title(of change: Change) -> String? { layout.placement(of: change).map { layout.kinds[$0].title } }
        #expect(title(of: Change(pullRequest: 1, commit: "a", title: "Remove the v1 API", kind: .cleanup)) == "Removed")
        #expect(title(of: Change(pullRequest: 2, commit: "b", title: "Dropped support for Go 1.21", kind: .other)) == "Removed")
        #expect(title(of: Change(pullRequest: 3, commit: "c", title: "Update Go to fix CVE-2025-68121", kind: .fix)) == "Security")
        #expect(title(of: Change(pullRequest: 4, commit: "d", title: "Bump x/net", kind: .dependency, note: "Fixes GHSA-gcjh-h69q-9w9g.")) == "Security")
        #expect(title(of: Change(pullRequest: 5, commit: "e", title: "Removal of nothing: a typo", kind: .fix)) == "Fixed", "only the verb opens a removal")
        #expect(title(of: Change(pullRequest: 6, commit: "f", title: "Add snapshot groups", kind: .feature)) == "Added")
        // Layouts without claims place by kind alone.
        #expect(SectionLayout.standard.placement(of: Change(pullRequest: 7, commit: "g", title: "Remove x", kind: .cleanup)).map { SectionLayout.standard.kinds[$0].title } == "Cleanup")
    }
}
