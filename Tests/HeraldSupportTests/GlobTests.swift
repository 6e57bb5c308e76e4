import HeraldSupport
import Testing

/// Path globs: `**`, `*`, `?`, classes, escapes, and the patterns that are rejected.
@Suite struct GlobTests {
    @Test(arguments: [
        ("**", "a"), ("**", "deploy/x/y/a.yaml"), ("**/**", "a/b"),
        ("docs/**", "docs/index.md"), ("docs/**", "docs/a/b/c.md"), ("docs/**", "docs"),
        ("deploy/**/*.yaml", "deploy/a.yaml"), ("deploy/**/*.yaml", "deploy/x/y/a.yaml"),
        ("**/*.go", "main.go"), ("**/*.go", "cmd/tool/main.go"),
        ("**/vendor/**", "vendor/x.go"), ("**/vendor/**", "a/vendor/b/x.go"),
        ("a/**/b/**/c", "a/b/c"), ("a/**/b/**/c", "a/x/b/y/z/c"), ("a/**/b", "a/b/b/b"),
        ("*.md", "README.md"), ("*.md", ".md"), ("*", ".github"), ("a*b*c", "abc"), ("a*b*c", "aXbYbZc"),
        ("?.txt", "a.txt"), ("v?.?", "v1.2"), ("?", "é"), ("caf?", "café"),
        ("[abc].go", "b.go"), ("[a-z]x", "qx"), ("[!a]x", "bx"), ("[^a]x", "bx"), ("[]a]", "]"),
        ("[a-]", "-"), ("[é-ë]", "ê"), ("[!é]", "e"), ("file\\*", "file*"), ("\\[x]", "[x]"),
        ("client/**", "client/go.mod"), ("kustomization.yaml", "kustomization.yaml"),
        ("deploy/**/*.patch", "deploy/kubernetes-1.30/hostpath/csi.patch"),
    ] as [(String, String)])
    func matches(pattern: String, path: String) throws {
        #expect(try Glob(pattern).matches(path))
    }

    @Test(arguments: [
        ("docs/**", "doc/a.md"), ("docs/**", "other/docs/a.md"), ("docs/**", "docsx/a.md"),
        ("deploy/**/*.yaml", "deploy/a.yml"), ("deploy/**/*.yaml", "deployx/a.yaml"), ("deploy/**/*.yaml", "a.yaml"),
        ("**/*.go", "main.go.txt"), ("a/**/b/**/c", "a/b/d"), ("a/**/b", "a/b/c"),
        ("*.md", "docs/a.md"), ("*", "a/b"), ("a*b*c", "abcd"), ("a*b*c", "acb"),
        ("?.txt", "ab.txt"), ("?.txt", ".txt"), ("?", "a/"), ("caf?", "cafés"),
        ("[abc].go", "d.go"), ("[a-z]x", "Qx"), ("[!a]x", "ax"), ("[^a]x", "ax"), ("[!é]", "é"),
        ("README.md", "readme.md"), ("kustomization.yaml", "deploy/kustomization.yaml"),
        ("file\\*", "fileX"), ("a/b", "a/b/c"), ("a/b", "a"),
    ] as [(String, String)])
    func doesNotMatch(pattern: String, path: String) throws {
        #expect(try !Glob(pattern).matches(path))
    }

    @Test(arguments: [
        ("", "invalid glob '': the pattern is empty"),
        ("a**b", "invalid glob 'a**b': '**' must be a whole path component, as in 'deploy/**/*.yaml'"),
        ("**.yaml", "invalid glob '**.yaml': '**' must be a whole path component, as in 'deploy/**/*.yaml'"),
        ("deploy/**x/a", "invalid glob 'deploy/**x/a': '**' must be a whole path component, as in 'deploy/**/*.yaml'"),
        ("[abc", "invalid glob '[abc': unclosed '['; close the character class with ']' or escape it as '\\['"),
        ("a/[b/c]", "invalid glob 'a/[b/c]': unclosed '['; close the character class with ']' or escape it as '\\['"),
        ("[]", "invalid glob '[]': unclosed '['; close the character class with ']' or escape it as '\\['"),
        ("[z-a]", "invalid glob '[z-a]': range 'z-a' is reversed"),
        ("docs/", "invalid glob 'docs/': empty path component; patterns are repository-relative, as in 'docs/**'"),
        ("/docs/**", "invalid glob '/docs/**': empty path component; patterns are repository-relative, as in 'docs/**'"),
        ("./docs", "invalid glob './docs': '.' is not allowed; patterns are repository-relative, as in 'docs/**'"),
        ("a\\", "invalid glob 'a\\': a trailing '\\' escapes nothing"),
    ] as [(String, String)])
    func rejects(pattern: String, message: String) {
        #expect {
            _ = try Glob(pattern)
        } throws: { error in
            (error as? Glob.SyntaxError)?.description == message
        }
    }

    @Test func bareDoubleStarMatchesEverything() throws {
        #expect(try Glob("**").matchesEverything)
        #expect(try Glob("**/**").matchesEverything)
        #expect(try !Glob("**/*").matchesEverything)
        #expect(Glob.everything == (try Glob("**")))
    }

    @Test func equalityAndDescriptionFollowThePattern() throws {
        let glob = try Glob("deploy/**/*.yaml")
        #expect(glob.description == "deploy/**/*.yaml")
        #expect(glob == (try Glob("deploy/**/*.yaml")))
        #expect(Set([glob, try Glob("deploy/**/*.yaml"), try Glob("docs/**")]).count == 2)
    }

    @Test func manyDoubleStarsStayFast() throws {
        // Backtracking over every `**` would be exponential; the last-`**` retry keeps this linear.
        let glob = try Glob("**/a/**/a/**/a/**/a/**/b")
        let path = Array(repeating: "a", count: 200).joined(separator: "/")
        #expect(!glob.matches(path))
        let star = try Glob("*a*a*a*a*a*b")
        #expect(!star.matches(String(repeating: "a", count: 200)))
    }
}
