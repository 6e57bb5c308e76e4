import Dependencies
import HeraldSupport
import Images

/// What `ProjectHistory.objects(for:)` read for some plans, with the warnings the reading gave: read on a copy of the
/// history beside other work, and taken in where reading it in turn would have come.
package struct ObjectsRead {
    /// Images pinned at each ref.
    var pinned: [String: [PinnedImage]]
    /// The published changelog section of each release commit.
    var published: [String: PublishedChangelogs.Section]
    /// The module file at each commit that has one.
    var modules: [String: GoModFile]
    /// Warnings the reading gave, in order.
    var warnings: [Diagnostic]
}
