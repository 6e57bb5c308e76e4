import Foundation
import HeraldSupport
import ReleaseNotes
import SampleRepositories
@testable import Site
import SiteTestSupport
import Testing

/// Compiled templates render byte for byte what swift-mustache renders: whole sites, and random templates over
/// random values; what they cannot render falls back to Mustache.
@Suite struct CompiledTemplateTests {
    /// The templates of `texts` (file name → text) rendered by Mustache alone, and compiled where they can be.
    static func pair(_ texts: [String: String]) throws -> (mustache: SiteTemplates, compiled: SiteTemplates) {
        (try SiteTemplates(texts: texts, origin: "test", compiling: false), try SiteTemplates(texts: texts, origin: "test"))
    }

    @Test func everyBuiltInTemplateCompiles() throws {
        let templates = try SiteTemplates.load(folder: nil)
        let names = SiteTemplates.builtIn.keys.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
        #expect(Set(templates.compiled.keys) == Set(names))
    }

    @Test func anOverriddenPartialSendsItsIncludersToMustache() throws {
        var texts = SiteTemplates.builtIn
        texts["facets.mustache"] = "{{% CONTENT_TYPE: HERALD_HTML}}\n{{! a comment compiles not }}\n"
        let templates = try SiteTemplates(texts: texts, origin: "test", overridden: ["facets.mustache"])
        #expect(templates.compiled["release"] == nil && templates.compiled["component"] == nil)
        #expect(templates.compiled["layout"] != nil)
    }

    @Test(arguments: ["scenario", "demo", "hostile"]) func sitesAreTheSameWithoutMustache(_ name: String) throws {
        let repository = try Self.repository(name)
        defer { repository.remove() }
        let input = try LibrarySite.Input(repo: repository.path, baseURL: SiteScenario.baseURL)
        let (mustache, compiled) = try Self.pair(SiteTemplates.builtIn)
        let expected = try SiteBuilder(content: input.content, templates: mustache, notes: input.renderer).build()
        let files = try SiteBuilder(content: input.content, templates: compiled, notes: input.renderer).build()
        #expect(Set(files.keys) == Set(expected.keys))
        #expect(expected.count > 10)
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(files[path] == data, "\(name): \(path) differs")
        }
    }

    /// The repository a site is compared on: the golden scenario, the demo, or titles full of markup and odd text.
    static func repository(_ name: String) throws -> ScratchRepository {
        switch name {
        case "scenario": return try SiteScenario.build()
        case "demo": return try DemoRepository.build(at: SiteFolder.temporary("compiled-demo") + "/repo")
        default:
            let repository = try ScratchRepository()
            try repository.commit("Initial commit", files: ["main.go": "v0\n"])
            try repository.tag("v1.0.0")
            let titles = ["Fix <b>\"quoted\"</b> & 'single' {{mustache}} {{{raw}}}", "Añadir ünïcode — 🚀 \t tab", "Drop {{#s}}x{{/s}} & {{> p}}"]
            for (offset, title) in titles.enumerated() {
                try repository.squashPR(number: offset + 2, title: title, files: ["f\(offset).go": "\(offset)\n"])
            }
            try repository.tag("v1.1.0")
            try repository.squashPR(number: 9, title: "feat!: remove <script>alert(1)</script>", files: ["g.go": "g\n"])
            try repository.tag("v2.0.0-rc.1")
            return repository
        }
    }

    @Test(arguments: 0..<300 as Range<UInt64>) func randomTemplatesRenderAsMustacheRendersThem(seed: UInt64) throws {
        var random = RandomTemplate(seed: seed)
        let text = "{{% CONTENT_TYPE: HERALD_HTML}}\n" + random.template(depth: 0)
        let partial = "{{% CONTENT_TYPE: HERALD_HTML}}\n<p>{{x}}</p>\n{{#list}}{{.}}|{{/list}}\n"
        let (mustache, compiled) = try Self.pair(["t.mustache": text, "p.mustache": partial])
        let context = random.context()
        let expected = try mustache.render(context, template: "t")
        guard let template = compiled.compiled["t"] else {
            Issue.record("seed \(seed) did not compile:\n\(text)")
            return
        }
        if let rendered = template.render(context, library: compiled.compiled, escape: HTMLText.escape) {
            #expect(rendered == expected, "seed \(seed):\n\(text)")
        } else {
            // A value outside the subset, such as a list shown as text: Mustache renders the whole template.
            #expect(try compiled.render(context, template: "t") == expected, "seed \(seed):\n\(text)")
        }
    }

    @Test func whatFallsOutsideTheSubsetDoesNotCompileOrRender() throws {
        for text in ["{{x}}", "{{% CONTENT_TYPE: HERALD_HTML}}{{a.b}}", "{{% CONTENT_TYPE: HERALD_HTML}}{{! c }}", "{{% CONTENT_TYPE: HERALD_HTML}}\r\n{{x}}",
                     "{{% CONTENT_TYPE: HERALD_HTML}}\n  {{> p}}\n", "{{% CONTENT_TYPE: HERALD_HTML}}{{=<% %>=}}", "{{% CONTENT_TYPE: HERALD_HTML}}{{#a}}",
                     "{{% CONTENT_TYPE: HTML}}{{x}}", "{{% CONTENT_TYPE: TEXT}}{{% CONTENT_TYPE: TEXT}}{{x}}"] {
            #expect(CompiledTemplate(text, contentTypes: SiteTemplates.compiledContentTypes) == nil, "\(text)")
        }
        let template = try #require(CompiledTemplate("{{% CONTENT_TYPE: HERALD_HTML}}{{x}}", contentTypes: SiteTemplates.compiledContentTypes))
        let missing: String? = nil
        #expect(template.render(["x": missing as Any], library: [:], escape: HTMLText.escape) == nil, "an optional inside Any goes to Mustache")
        #expect(template.render(["x": 1.5], library: [:], escape: HTMLText.escape) == nil)
        #expect(template.render(["x": "<&>"], library: [:], escape: HTMLText.escape) == "&lt;&amp;&gt;")
        let text = try #require(CompiledTemplate("{{% CONTENT_TYPE: TEXT}}{{x}}", contentTypes: SiteTemplates.compiledContentTypes))
        #expect(text.render(["x": "<&>"], library: [:], escape: HTMLText.escape) == "<&>", "Markdown is not escaped")
    }
}

/// Random templates of the compiled subset, with the line shapes that decide standalone tags, and random values.
struct RandomTemplate {
    var random: DeterministicRandom

    init(seed: UInt64) { random = DeterministicRandom(seed: seed) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

    /// A template body: text, values and (up to three deep) sections, on lines of every shape.
    mutating func template(depth: Int) -> String {
        var text = ""
        for _ in 0..<Int(random.next() % 7) {
            switch random.next() % 10 {
            case 0, 1: text += pick(["a", " ", "\t", "\n", "{ a", "}", "é", "<&>", "  \n", "x { y", "{ { a"])
            case 2: text += "{{\(pick(["x", "y", "flag", "missing", "."]))}}"
            case 3: text += "{{{\(pick(["x", "y", "raw"]))}}}"
            case 4: text += "{{& \(pick(["x", "raw"])) }}"
            case 5: text += "\n{{> p}}" + pick(["", "\n", " \n", "x"])
            default:
                guard depth < 3 else { continue }
                let name = pick(["flag", "list", "s", "missing", "strings", "empty", "y", "off"])
                let sigil = pick(["#", "^"])
                let open = pick(["", "\n", "  ", "\n\t"]) + "{{\(sigil)\(name)}}" + pick(["", "\n", "  \n", "x"])
                let close = pick(["", "\n", " "]) + "{{/\(name)}}" + pick(["", "\n", " \n", "y"])
                text += open + template(depth: depth + 1) + close
            }
        }
        return text + pick(["", "\n", "  ", " \t"])
    }

    /// Values of every type the site's contexts hold, some names sometimes missing.
    mutating func context() -> [String: Any] {
        var context: [String: Any] = [
            "x": pick(["plain", "<b>\"&'</b>", "", "ü🚀"]), "y": pick([0, 7, -3]), "flag": random.next() % 2 == 0, "off": false,
            "raw": "<i>raw</i>", "empty": [[String: Any]](), "strings": ["a", "<b>"],
            "list": [["x": "one"], ["y": 2], ["x": "three", "flag": false]] as [[String: Any]],
        ]
        context["s"] = pick([["x": "inner"] as Any, "string" as Any, 5 as Any])
        if random.next() % 3 == 0 { context["x"] = nil }
        return context
    }
}
