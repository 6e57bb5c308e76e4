import Testing
@testable import Images

/// The memo of parsed references answers as parsing does, and stops keeping texts at its capacity.
@Suite struct ReferenceMemoTests {
    @Test(arguments: ["registry.k8s.io/sig-storage/csi-provisioner:v5.0.1", "Registry/Bad:tag", "", "a@sha256:00", "localhost:5000/x"])
    func answersAsParsingDoes(text: String) {
        let memo = ReferenceMemo()
        for _ in 0..<2 {
            let parsed = Result { () throws(ImagesError) -> ImageReference in try ImageReference(parsing: text) }
            #expect(memo.reference(parsing: text) == parsed)
        }
        #expect(memo.count == 1)
    }

    @Test func keepsNoMoreThanItsCapacity() {
        let memo = ReferenceMemo()
        for index in 0..<(ReferenceMemo.capacity + 10) {
            _ = memo.reference(parsing: "example.com/image:v\(index)")
        }
        #expect(memo.count == ReferenceMemo.capacity)
        #expect((try? memo.reference(parsing: "example.com/image:v\(ReferenceMemo.capacity + 5)").get())?.tag == "v\(ReferenceMemo.capacity + 5)")
    }

    @Test func keepsNoTextLongerThanAnyReference() {
        let memo = ReferenceMemo()
        let long = "example.com/" + String(repeating: "a", count: ReferenceMemo.longestText)
        #expect(memo.reference(parsing: long) == Result { () throws(ImagesError) -> ImageReference in try ImageReference(parsing: long) })
        #expect(memo.count == 0)
    }
}
