import Changes
import Versioning

extension ReleaseHistory {
    /// The releases of `release`'s chain that `other`'s chain lacks, newest first: those above their common base.
    ///
    /// Walks only that far when both releases are in the forest; otherwise (a loop of bases, a release the history
    /// does not hold) it compares the two whole chains.
    func chain(from release: NotesDocument, notOnChainOf other: NotesDocument) -> [NotesDocument] {
        guard let otherInterval = indexedInterval(of: other), indexedInterval(of: release) != nil else {
            let otherTags = Set(chain(from: other).map(\.range.to))
            return chain(from: release).filter { !otherTags.contains($0.range.to) }
        }
        var part: [NotesDocument] = []
        var current: NotesDocument? = release
        // Every release on an indexed chain is indexed, and the chain ends at a root: the walk ends.
        while let step = current, let interval = intervals[step.range.to], !Self.encloses(interval, otherInterval) {
            part.append(step)
            current = step.range.from.flatMap(release(tagged:))
        }
        return part
    }

    /// Whether `release`'s chain holds a release of `version`.
    func chain(of release: NotesDocument, holds version: SemanticVersion) -> Bool {
        guard let own = indexedInterval(of: release) else {
            return chain(from: release).contains { $0.version == version }
        }
        // The release itself may be a second one under its tag, with a version of its own.
        if release.version == version { return true }
        return (tagsByVersion[version] ?? []).contains { tag in
            tag != release.range.to && (intervals[tag].map { Self.encloses($0, own) } ?? false)
        }
    }

    /// The numbered names of the changes of `releases`, release by release; nil unless every one is a copy of the
    /// document the history holds under its tag (the others are compared by their names themselves).
    func names(of releases: [NotesDocument]) -> [[[Int]]]? {
        var names: [[[Int]]] = []
        names.reserveCapacity(releases.count)
        for release in releases {
            guard let held = self.release(tagged: release.range.to), held.range == release.range,
                Self.sameArray(held.changes, release.changes), let numbered = numberedNames[release.range.to]
            else { return nil }
            names.append(numbered)
        }
        return names
    }

    /// Whether two lists of changes are copies of one array, which holds for every release taken from the list
    /// the history was made of.
    private static func sameArray(_ one: [Change], _ other: [Change]) -> Bool {
        one.count == other.count && one.withUnsafeBufferPointer { first in other.withUnsafeBufferPointer { first.baseAddress == $0.baseAddress } }
    }

    /// `release`'s interval when the history holds this very release under its tag.
    private func indexedInterval(of release: NotesDocument) -> ClosedRange<Int>? {
        guard let held = self.release(tagged: release.range.to), held.range == release.range else { return nil }
        return intervals[release.range.to]
    }

    /// Whether `outer` is the interval of a release on the chain of the release whose interval is `inner`.
    private static func encloses(_ outer: ClosedRange<Int>, _ inner: ClosedRange<Int>) -> Bool {
        outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
    }
}
