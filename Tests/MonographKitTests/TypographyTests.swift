import Testing

@testable import MonographKit

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
