import HeraldSupport
import Testing

/// The folder a glob's matches all lie in, where a tree walk can start.
@Suite struct GlobLiteralFolderTests {
    @Test(arguments: [
        ("deploy/**/*.yaml", "deploy/"), ("deploy/kubernetes/*.yaml", "deploy/kubernetes/"), ("*.yaml", ""),
        ("**/deploy.yaml", ""), ("deploy/*/x/*.yml", "deploy/"), ("a/[bc]/*.yaml", "a/"), ("deploy.yaml", ""),
    ])
    func literalFolder(pattern: String, folder: String) throws {
        #expect(try Glob(pattern).literalFolder == folder)
    }

    @Test func theCommonFolderOfSeveralGlobs() throws {
        let globs = try ["deploy/**/*.yaml", "deploy/**/*.yml"].map(Glob.init)
        #expect(Glob.commonFolder(of: globs) == "deploy/")
        #expect(Glob.commonFolder(of: try ["deploy/a/*.yaml", "deploy/b/*.yaml"].map(Glob.init)) == "deploy/")
        #expect(Glob.commonFolder(of: try ["deploy/**/*.yaml", "charts/**/*.yaml"].map(Glob.init)) == "")
        #expect(Glob.commonFolder(of: []) == "")
    }
}
