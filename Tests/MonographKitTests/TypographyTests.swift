import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

@Suite struct TypographyTests {
    @Test(arguments: [
        ("Vraiment ?", "Vraiment\u{202F}?"),
        ("Vraiment?", "Vraiment\u{202F}?"),
        ("Attention !", "Attention\u{202F}!"),
        ("deux points : ici", "deux points\u{202F}: ici"),
        ("un ; deux", "un\u{202F}; deux"),
        ("« Bonjour »", "«\u{202F}Bonjour\u{202F}»"),
        ("«Bonjour»", "«\u{202F}Bonjour\u{202F}»"),
        ("déjà\u{202F}: fait", "déjà\u{202F}: fait"),
        ("10:30", "10:30"),
        ("https://exemple.fr/?q=1", "https://exemple.fr/?q=1"),
        ("note:", "note:"),
    ])
    func frenchSpacing(input: String, expected: String) {
        #expect(FrenchTypography.apply(input) == expected)
    }

    @Test func notInsideCodeOrURLs() {
        let html = Markdown(options: MarkdownOptions()).block("Un `a : b` et [lien ?](https://x.fr/a?b=1:2) « cité » !\n\n```\nx ; y\n```\n")
        #expect(
            html
                == "<p>Un <code>a : b</code> et <a href=\"https://x.fr/a?b=1:2\">lien\u{202F}?</a> «\u{202F}cité\u{202F}»\u{202F}!</p>\n<pre><code>x ; y\n</code></pre>\n"
        )
    }

    @Test func acrossTextNodes() {
        // libcmark splits text before "!" (a possible image); the space before it is still replaced.
        let html = Markdown(options: MarkdownOptions()).inline("Bravo !")
        #expect(html == "Bravo\u{202F}!")
    }

    @Test func rawHTMLDroppedAndScriptLinksNeutralised() {
        let safe = Markdown(options: MarkdownOptions(allowRawHTML: false))
        #expect(
            safe.inline("a <b>gras</b> [x](javascript:alert(1))") == "a <!-- raw HTML omitted -->gras<!-- raw HTML omitted --> <a href=\"\">x</a>")
        let raw = Markdown(options: MarkdownOptions(allowRawHTML: true))
        #expect(raw.inline("a <b>gras</b> [x](JavaScript:alert(1))") == "a <b>gras</b> <a href=\"\">x</a>")
    }
}

/// The generator's own sentences (templates, views, site pages) are set as French sets them, on every page
/// it writes: the same rules the audit applies to the built site in a browser's view of the text.
@Suite struct GeneratedTypographyTests {
    @Test func theHTMLPassSetsTextButNeverMarkup() {
        #expect(
            FrenchTypography.html("<p title=\"Voir : ici\">Domaine : <a href=\"a?b=c:d\">l'eau</a> « x »</p>")
                == "<p title=\"Voir\u{202F}: ici\">Domaine\u{202F}: <a href=\"a?b=c:d\">l’eau</a> «\u{202F}x\u{202F}»</p>")
        // Script, style and code are left as they are; so are character references and Mustache tags.
        #expect(FrenchTypography.html("<script>a ? b : c</script><code>a : b</code>") == "<script>a ? b : c</script><code>a : b</code>")
        #expect(FrenchTypography.html("Site d&#39;essai &amp; co !") == "Site d’essai &amp; co\u{202F}!")
        #expect(FrenchTypography.html("{{#x}}Nom : {{nom}}{{/x}}", mustache: true) == "{{#x}}Nom\u{202F}: {{nom}}{{/x}}")
        // Text already set comes out unchanged.
        let set = "Calculé sur 2 réseaux\u{202F}; sans données\u{202F}: «\u{202F}Bêta\u{202F}»"
        #expect(FrenchTypography.html(set) == set)
    }

    /// Every page of a site whose content is itself well set: any plain space before « ; : ! ? » » or after
    /// « « », and any straight apostrophe, in the visible text comes from the generator.
    @Test func everyPageOfTheTestSiteIsSetTheFrenchWay() throws {
        let site = try TemporarySite()
        let files = try site.builder().render().get()
        var checked = 0
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            // The fixture's own names keep their straight apostrophes on purpose (they check escaping): the
            // writer's words, not the generator's.
            let text = Self.visibleText(String(decoding: data, as: UTF8.self))
                .replacingOccurrences(of: "Site d'essai", with: "").replacingOccurrences(of: "Synthèse d'essai", with: "")
            for problem in Self.problems(in: text) { Issue.record("\(path): \(problem)") }
            checked += 1
        }
        #expect(checked >= 10)
    }

    /// The visible text of a page: text nodes and the attributes a reader is given, without script,
    /// style, code, pre and JSON-LD, each piece on its own line.
    static func visibleText(_ html: String) -> String {
        var text = html
        text = text.replacing(#/(?s)<(script|style|code|pre|textarea)\b.*?</\1>/#, with: " ")
        var attributes: [String] = []
        for match in text.matches(of: #/ (?:title|alt|aria-label|placeholder)="([^"]*)"/#) { attributes.append(String(match.1)) }
        text = text.replacing(#/<!--(?s).*?-->/#, with: " ").replacing(#/<[^>]*>/#, with: "\n")
        return ([text] + attributes).joined(separator: "\n").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}")
    }

    static func problems(in text: String) -> [String] {
        var found: [String] = []
        for line in text.split(separator: "\n") {
            let checks: [(Regex<Substring>, String)] = [
                (#/[ \u{A0}][;:!?»]/#, "plain space before a double mark"), (#/«[ \u{A0}]/#, "plain space after «"),
                (#/[[:alpha:]]'[[:alpha:]]/#, "straight apostrophe"),
            ]
            for (pattern, what) in checks where line.contains(pattern) { found.append("\(what): « \(line.trimmingCharacters(in: .whitespaces)) »") }
        }
        return found
    }
}
